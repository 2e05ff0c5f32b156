import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Actor, createEnv, type Document } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { entitiesStage } from '../entities-stage.ts'
import { resolveActors } from './resolve-actors.ts'

const env = createEnv()

/** Sentences and tokens from the text stage, then this room's stage (whether or not the pipeline runs it yet). */
function analyse(text: string): { doc: Document; actors: Actor[]; read: (id: string) => string[] } {
  const doc = analyzeText(text, {}, env)
  const { entities, actors } = entitiesStage.run(doc, env)
  const read = (id: string) =>
    entities.filter((e) => e.actor === id).map((e) => doc.text.slice(e.span[0], e.span[1]))
  return { doc, actors, read }
}

const byId = (actors: Actor[], id: string) => actors.find((a) => a.id === id)

describe('actors of the founding article (ORF, 21 January 2022)', () => {
  const input = readFileSync(
    new URL('../../../test/fixtures/golden/orf-2022-01-21-blinken-lawrow/input.txt', import.meta.url),
    'utf8',
  )
  const { actors, read } = analyse(input)

  it('merges every spelling of Lawrow, and of Blinken, into one person each', () => {
    expect(byId(actors, 'per:sergej-lawrow')).toMatchObject({
      name: 'Sergej Lawrow',
      kind: 'person',
      country: 'RUS',
      roles: ['Außenminister'],
    })
    expect(byId(actors, 'per:sergej-lawrow')?.aliases).toEqual(
      expect.arrayContaining(['Sergey Lavrov', 'Lawrow']),
    )
    expect(byId(actors, 'per:antony-blinken')).toMatchObject({
      name: 'Antony Blinken',
      kind: 'person',
      country: 'USA',
    })
    expect(byId(actors, 'per:antony-blinken')?.aliases).toContain('Blinken')
    expect(
      actors.filter((a) => a.kind === 'person' && /lawrow|lavrov/iu.test(a.name + a.aliases.join())),
    ).toHaveLength(1)
    expect(read('per:sergej-lawrow').length).toBeGreaterThan(15)
  })

  it('finds the other persons with their roles and countries', () => {
    expect(byId(actors, 'per:wladimir-putin')).toMatchObject({
      kind: 'person',
      country: 'RUS',
      roles: ['Präsident'],
    })
    expect(byId(actors, 'per:wjatscheslaw-wolodin')).toMatchObject({
      kind: 'person',
      country: 'RUS',
      roles: ['Duma-Präsident'],
    })
    expect(byId(actors, 'per:dmitri-peskow')).toMatchObject({
      kind: 'person',
      country: 'RUS',
      roles: ['Sprecher'],
    })
    expect(byId(actors, 'per:joe-biden')).toMatchObject({ kind: 'person', country: 'USA' })
    expect(read('per:wladimir-putin')).toEqual(['Wladimir Putin', 'Putin'])
  })

  it('turns governments and their bodies into organisations of their country', () => {
    expect(byId(actors, 'org:rus-aussenministerium')).toMatchObject({ kind: 'organization', country: 'RUS' })
    expect(byId(actors, 'org:ukr-geheimdienst')).toMatchObject({ kind: 'organization', country: 'UKR' })
    expect(byId(actors, 'org:gbr-regierung')).toMatchObject({ kind: 'organization', country: 'GBR' })
    // the lexicon's name for the body, the same in every text
    expect(byId(actors, 'org:rus-praesidialamt')).toMatchObject({
      name: 'Kreml',
      aliases: ['russische Präsidialamt'],
      kind: 'organization',
      country: 'RUS',
    })
    expect(byId(actors, 'org:rus-verteidigungsministerium')).toMatchObject({ country: 'RUS' })
    // "eine Quelle im Verteidigungsministerium in London"
    expect(byId(actors, 'org:gbr-verteidigungsministerium')).toMatchObject({ country: 'GBR' })
    // "Erklärung des Geheimdienstes" is the Ukrainian service named before
    expect(read('org:ukr-geheimdienst')).toEqual(['ukrainische Geheimdienst', 'Geheimdienstes'])
    // "das russische Parlament" … "der Duma"
    expect(read('org:rus-parlament')).toEqual(['russische Parlament', 'Duma'])
    expect(read('org:rus-regierung')).toEqual(['Regierung in Russland', 'Regierung in Moskau'])
  })

  it('finds organisations, media and countries', () => {
    expect(byId(actors, 'org:nato')).toMatchObject({ kind: 'organization' })
    expect(byId(actors, 'org:osze')?.aliases).toContain(
      'Organisation für Sicherheit und Zusammenarbeit in Europa',
    )
    expect(byId(actors, 'media:interfax')).toMatchObject({ kind: 'media', country: 'RUS' })
    expect(byId(actors, 'media:the-times')).toMatchObject({
      kind: 'media',
      country: 'GBR',
      aliases: ['Times'],
    })
    expect(byId(actors, 'country:RUS')).toMatchObject({ name: 'Russland', kind: 'country', country: 'RUS' })
    // "Blinken warnte Moskau", "Moskau ließ … aufhorchen": the capital stands for the country
    expect(read('country:RUS')).toContain('Moskau')
    expect(byId(actors, 'country:UKR')).toMatchObject({ kind: 'country' })
  })

  it('gives actors unique ids and every entity a valid span', () => {
    const ids = actors.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('resolveActors on German phrases', () => {
  it('reads a role phrase without a name as the person who holds it', () => {
    const { actors, read } = analyse(
      'US-Außenminister Antony Blinken traf Lawrow in Genf. Der US-Außenminister sagte danach, das Gespräch sei offen gewesen.',
    )
    expect(read('per:antony-blinken')).toEqual(['Antony Blinken', 'US-Außenminister'])
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual([
      'per:antony-blinken',
      'per:sergej-lawrow',
    ])
  })

  it('reads "sein US-Kollege" as the American counterpart, and a bare "sein Kollege" as nobody', () => {
    const { read } = analyse(
      'Der russische Außenminister Sergej Lawrow traf Blinken. Danach sagte sein US-Kollege, man bleibe im Gespräch. Sein Kollege schwieg.',
    )
    expect(read('per:antony-blinken')).toEqual(['Blinken', 'US-Kollege'])
  })

  it('gives an English text the same actor ids as a German one', () => {
    const { actors } = analyse(
      'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva. Kremlin spokesman Dmitry Peskov said the talks were useful.',
    )
    expect(actors.map((a) => a.id)).toEqual([
      'per:sergej-lawrow',
      'country:USA',
      'per:antony-blinken',
      'org:rus-praesidialamt',
      'per:dmitri-peskow',
    ])
    expect(byId(actors, 'per:sergej-lawrow')?.aliases).toEqual(['Sergei Lavrov'])
  })

  it('makes an actor of a role nobody is named for', () => {
    const { actors } = analyse('Der ukrainische Präsident sagte am Abend, man werde sich verteidigen.')
    expect(actors).toEqual([
      {
        id: 'per:local:ukr-praesident',
        name: 'Ukrainischer Präsident',
        aliases: ['ukrainische Präsident'],
        kind: 'person',
        country: 'UKR',
        roles: ['Präsident'],
      },
    ])
  })

  it('merges transliterations and genitives of one person', () => {
    const { actors, read } = analyse(
      'Präsident Wolodymyr Selenskyj rief zur Ruhe auf. Zelensky sagte, Selenskyjs Regierung bleibe in Kiew.',
    )
    const zelensky = actors.find((a) => a.kind === 'person')
    expect(zelensky).toMatchObject({ id: 'per:wolodymyr-selenskyj', country: 'UKR' })
    expect(read('per:wolodymyr-selenskyj')).toEqual(['Wolodymyr Selenskyj', 'Zelensky', 'Selenskyjs'])
  })

  it('makes the Kremlin and the Russian presidential administration one body', () => {
    const { actors, read } = analyse(
      'Der Kreml wies die Vorwürfe zurück. Das russische Präsidialamt erklärte, es gebe keine Pläne.',
    )
    expect(read('org:rus-praesidialamt')).toEqual(['Kreml', 'russische Präsidialamt'])
    expect(byId(actors, 'org:rus-praesidialamt')).toMatchObject({ name: 'Kreml', country: 'RUS' })
  })

  it('keeps a capital after a place preposition a place, and makes it a government otherwise', () => {
    const { doc, read } = analyse('Das Treffen fand in Moskau statt. Danach warnte Washington erneut.')
    expect(read('country:USA')).toEqual(['Washington'])
    expect(read('country:RUS')).toEqual([])
    expect(doc.text).toContain('Moskau')
  })

  it('makes the West an actor, but not a direction', () => {
    const { read } = analyse('Der Westen sagte eine Antwort zu. Die Übung findet im Westen des Landes statt.')
    expect(read('group:westen')).toEqual(['Westen'])
  })

  it('counts ambiguous outlets only in quotation marks', () => {
    expect(analyse('Wie die „Presse“ berichtete, ist alles ruhig.').read('media:die-presse')).toEqual([
      'Presse',
    ])
    expect(analyse('Die Presse berichtete ausführlich.').read('media:die-presse')).toEqual([])
  })

  it('reads the body behind a country prefix and after a genitive country', () => {
    const { actors } = analyse('Die US-Regierung schwieg. Die Regierung Russlands widersprach.')
    expect(actors.map((a) => a.id)).toEqual(['org:usa-regierung', 'org:rus-regierung'])
  })

  it('gives the role in an apposition to the name before it', () => {
    const { actors, read } = analyse(
      'Lawrow, der russische Außenminister, sagte nichts. Der Chefdiplomat schwieg.',
    )
    expect(read('per:sergej-lawrow')).toEqual(['Lawrow', 'russische Außenminister', 'Chefdiplomat'])
    expect(byId(actors, 'per:sergej-lawrow')).toMatchObject({ country: 'RUS', roles: ['Außenminister'] })
  })

  it('reads particles, compound roles and feminine roles', () => {
    const { actors, read } = analyse(
      'Bundesarbeitsministerin Ursula von der Leyen betonte das. Von der Leyen sagte, es sei gut. Die Außenministerin Annalena Baerbock reiste ab.',
    )
    expect(read('per:ursula-von-der-leyen')).toEqual(['Ursula von der Leyen', 'Von der Leyen'])
    expect(byId(actors, 'per:ursula-von-der-leyen')?.roles).toEqual(['Bundesarbeitsministerin'])
    expect(byId(actors, 'per:annalena-baerbock')).toMatchObject({
      country: 'DEU',
      roles: ['Außenministerin'],
    })
  })

  it('does not give a known surname to somebody with another given name', () => {
    const { actors } = analyse(
      'Im Finale stand der Tennisspieler Daniil Medvedev. Danach bedankte sich Medvedev.',
    )
    expect(actors.filter((a) => a.kind === 'person').map((a) => [a.id, a.country])).toEqual([
      ['per:daniil-medvedev', undefined],
    ])
  })

  it('guesses names from capitals while no tagger ran, but not nouns, pronouns or places', () => {
    const { actors, read } = analyse(
      'Am Abend sprach der Gewerkschaftschef Frank Bsirske in New York. Danach sagte Bsirske: „Wollen Sie das?“',
    )
    expect(actors.map((a) => a.id)).toEqual(['per:frank-bsirske'])
    expect(read('per:frank-bsirske')).toEqual(['Frank Bsirske', 'Bsirske'])
  })

  it('ends a name before a preposition that only looks like a particle', () => {
    const { actors } = analyse(
      'Regierungschef Vojislav Koštunica von der Demokratischen Partei widersprach. Danach sprach Koštunica.',
    )
    expect(actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.aliases])).toEqual([
      ['Vojislav Koštunica', ['Koštunica']],
    ])
  })

  it('does not take a verb or a common noun for a name', () => {
    // "Der Minister Montag" would be a minister named Montag (Jerzy Montag sat in the Bundestag): the weekday here
    const { actors } = analyse('Die Lichter blinken. Der Minister war Montag nicht zu sprechen.')
    expect(actors.filter((a) => a.kind === 'person')).toEqual([])
  })
})

describe('resolveActors with the tagger’s spans', () => {
  it('clusters tagged persons and makes actors of tagged organisations, but not of places', () => {
    const doc = analyzeText(
      'Gestern sprach Frank Bsirske in Genf. Bsirske kritisierte Human Rights Watch.',
      {},
      env,
    )
    const at = (s: string): [number, number] => {
      const i = doc.text.indexOf(s)
      return [i, i + s.length]
    }
    const tagged = [
      { span: at('Frank Bsirske'), type: 'PER' as const },
      { span: at('Genf'), type: 'LOC' as const },
      { span: at('Human Rights Watch'), type: 'ORG' as const },
    ]
    const { entities, actors } = resolveActors(doc, tagged, env)
    expect(actors.map((a) => [a.id, a.kind])).toEqual([
      ['per:frank-bsirske', 'person'],
      ['org:human-rights-watch', 'organization'],
    ])
    expect(entities.map((e) => [doc.text.slice(e.span[0], e.span[1]), e.type, e.actor])).toEqual([
      ['Frank Bsirske', 'PER', 'per:frank-bsirske'],
      ['Genf', 'LOC', undefined],
      ['Bsirske', 'PER', 'per:frank-bsirske'],
      ['Human Rights Watch', 'ORG', 'org:human-rights-watch'],
    ])
  })
})

describe('bodies and groups without a name', () => {
  const entitiesOf = (text: string) => {
    const { doc, actors } = analyse(text)
    const { entities } = entitiesStage.run(doc, env)
    return {
      actors,
      mentions: entities.map((e) => [doc.text.slice(e.span[0], e.span[1]), e.type, e.actor]),
    }
  }

  it('makes a bare body an organisation of this document only', () => {
    const { actors, mentions } = entitiesOf(
      'Die Polizei nahm zwei Männer fest. Die Staatsanwaltschaft ermittelt. Behörden teilten mit, die Polizei sei vor Ort.',
    )
    expect(mentions).toEqual([
      ['Polizei', 'ORG', 'org:local:polizei'],
      ['Staatsanwaltschaft', 'ORG', 'org:local:staatsanwaltschaft'],
      ['Behörden', 'ORG', 'org:local:behoerden'],
      ['Polizei', 'ORG', 'org:local:polizei'],
    ])
    expect(byId(actors, 'org:local:polizei')).toEqual({
      id: 'org:local:polizei',
      name: 'Polizei',
      aliases: [],
      kind: 'organization',
    })
  })

  it('qualifies a body by its country, and a later bare mention joins it', () => {
    const { actors, mentions } = entitiesOf(
      'Die ägyptische Polizei ging gegen Demonstranten vor. Die Polizei in Kairo nahm 20 Demonstranten fest. Die Polizei schwieg.',
    )
    expect(mentions).toEqual([
      ['ägyptische Polizei', 'ORG', 'org:egy-polizei'],
      ['Demonstranten', 'OTH', 'group:local:demonstranten'],
      ['Polizei in Kairo', 'ORG', 'org:egy-polizei'],
      ['Demonstranten', 'OTH', 'group:local:demonstranten'],
      ['Polizei', 'ORG', 'org:egy-polizei'],
    ])
    expect(byId(actors, 'org:egy-polizei')).toMatchObject({ name: 'Ägyptische Polizei', country: 'EGY' })
    expect(byId(actors, 'group:local:demonstranten')).toMatchObject({ name: 'Demonstranten', kind: 'group' })
  })

  it('reads group nouns, singular and plural, compounds with a known tail, and their country', () => {
    const { actors, mentions } = entitiesOf(
      'Bewaffnete entführten die Familie. Ägyptische Bereitschaftspolizisten nahmen einen Entführer fest. Israelische Siedler griffen an. Beamte durchsuchten Räume.',
    )
    expect(mentions).toEqual([
      ['Bewaffnete', 'OTH', 'group:local:bewaffnete'],
      ['Ägyptische Bereitschaftspolizisten', 'OTH', 'group:egy-bereitschaftspolizisten'],
      ['Entführer', 'OTH', 'group:local:entfuehrer'],
      ['Israelische Siedler', 'OTH', 'group:isr-siedler'],
      ['Beamte', 'OTH', 'group:local:beamte'],
    ])
    expect(byId(actors, 'group:isr-siedler')).toMatchObject({
      name: 'Israelische Siedler',
      kind: 'group',
      country: 'ISR',
    })
  })

  it('leaves a name before the hyphen its own actor, and possessives, affiliations and common words alone', () => {
    const { mentions } = entitiesOf(
      'Hamas-Kämpfer feuerten Raketen. Er rief seine Anhänger auf. Die Botschaft ist klar. Dina Mufti, Sprecher des Außenministeriums, sprach.',
    )
    expect(mentions.filter(([, , actor]) => actor).map(([text, , actor]) => [text, actor])).toEqual([
      ['Hamas', 'group:hamas'],
      ['Dina Mufti', 'per:dina-mufti'],
    ])
  })
})

describe('bodies whose name several countries share (issue 18)', () => {
  it('makes a "Bundesregierung" the government of the country the text speaks of most, Germany’s by default', () => {
    const austrian = analyse(
      'Die Oberösterreicherin war von der scheidenden Bundesregierung als österreichische Kandidatin nominiert ' +
        'worden. In Österreich lobte die österreichische Regierung die Wahl, das Bundeskanzleramt schwieg.',
    )
    expect(austrian.read('org:aut-regierung')).toEqual(['Bundesregierung', 'österreichische Regierung'])
    expect(austrian.read('org:aut-kanzleramt')).toEqual(['Bundeskanzleramt'])
    expect(byId(austrian.actors, 'org:aut-regierung')).toMatchObject({ country: 'AUT', kind: 'organization' })
    expect(austrian.actors.some((a) => a.id.startsWith('org:deu-'))).toBe(false)
    const german = analyse(
      'Die Bundesregierung in Berlin beschloss das Gesetz. Deutschland und Österreich verhandeln.',
    )
    expect(german.read('org:deu-regierung')).toEqual(['Bundesregierung'])
  })
})

describe('parties by their inflected and short forms (issue 18)', () => {
  it('makes Grüne, Grünen and Bündnis 90 / Die Grünen one actor, and Linke, Die Linke, Linkspartei another', () => {
    const { read } = analyse(
      'Dietmar Bartsch (Linke) kritisierte den Antrag. Die Linke und die Linkspartei stimmten dagegen. ' +
        'SPD und Grüne stimmten zu, auch Bündnis 90 / Die Grünen im Landtag. Die Grünen wollen weiterregieren.',
    )
    expect(read('org:die-linke')).toEqual(['Linke', 'Die Linke', 'Linkspartei'])
    expect(read('org:gruene')).toEqual(['Grüne', 'Bündnis 90 / Die Grünen', 'Die Grünen'])
  })

  it('reads a party name that is also an adjective as the adjective before a common noun', () => {
    const { read } = analyse(
      'Die Studie trägt den Titel „Linke Gewalt in Berlin“. Die Linke kritisierte sie.',
    )
    expect(read('org:die-linke')).toEqual(['Die Linke'])
  })
})

describe('roles that stand for a person (issue 18)', () => {
  it('gives a feminine role only to a person the text does not call by a masculine one', () => {
    const { read } = analyse(
      'Baerbock zur UN: Nur eine Etappe? Berlin. Die Ex-Außenministerin tritt heute ihren Job an. ' +
        'Annalena Baerbock schrieb einen Brief. Immerhin: Ex-Außenminister Frank-Walter Steinmeier ist heute Bundespräsident.',
    )
    expect(read('per:annalena-baerbock')).toEqual(['Baerbock', 'Ex-Außenministerin', 'Annalena Baerbock'])
    expect(read('per:frank-walter-steinmeier')).toEqual(['Frank-Walter Steinmeier'])
  })

  it('reads a definite role nobody holds as the person named just before it, not a role with its own complement', () => {
    const { read, actors } = analyse(
      'Am Montag lobte Horst Köhler die Reform. Hier sparte der Bundespräsident nicht mit Kritik. ' +
        'Dies teilte der Vorsitzende der Wahlkommission mit. Köhler strebt das Amt des Kanzlers nicht an.',
    )
    expect(read('per:horst-koehler')).toEqual(['Horst Köhler', 'Bundespräsident', 'Köhler'])
    expect(actors.filter((a) => a.kind === 'person')).toHaveLength(1)
    // the role is a fact of this text, never another name of his
    expect(actors[0]).toMatchObject({ aliases: ['Köhler'], roles: ['Bundespräsident'] })
  })

  it('reads a plainer definite role as the holder of the fuller one, never the other way round', () => {
    const { read } = analyse(
      'Bundesarbeitsminister Hubertus Heil stellte das Gesetz vor. Der Minister sagte, es gelte ab Januar. ' +
        'Der Ex-Bundeskanzler Gerhard Schröder traf ihn. Der frühere Kanzler lobte das Gesetz, der Altkanzler auch.',
    )
    expect(read('per:hubertus-heil')).toEqual(['Hubertus Heil', 'Minister'])
    expect(read('per:gerhard-schroeder')).toEqual(['Gerhard Schröder', 'frühere Kanzler', 'Altkanzler'])
    // a "Vizepräsident" is no "Präsident", and a plain "Minister" is no "Außenminister"
    const vice = analyse(
      'Vizepräsident JD Vance reiste nach Paris. Der Präsident blieb in Washington. Minister Karl Nehammer kam. Der Außenminister fehlte.',
    )
    expect(vice.read('per:jd-vance')).toEqual(['JD Vance'])
    expect(vice.read('per:karl-nehammer')).toEqual(['Karl Nehammer'])
  })

  it('reads a definite role as the person named before it, not one who holds the role only later', () => {
    const { read } = analyse(
      'Donald Trump hat am Montag neue Zölle angekündigt. Der Präsident sagte, sie würden ab Freitag gelten. ' +
        'Später erklärte der ehemalige Präsident Joe Biden, das sei ein Fehler.',
    )
    expect(read('per:donald-trump')).toEqual(['Donald Trump', 'Präsident'])
    expect(read('per:joe-biden')).toEqual(['Joe Biden'])
  })
})

describe('names that need evidence (issue 18)', () => {
  it('keeps a common noun that only folds like a surname from being that person', () => {
    const { actors } = analyse(
      'Olaf Scholz sprach in Berlin. Frauen gingen los, um Wasser oder Holz zu holen. Die Route führt nach Bonn. ' +
        'Ministerpräsident Mark Rutte kam später. Die Routen sind lang.',
    )
    const persons = actors.filter((a) => a.kind === 'person')
    expect(persons.map((a) => [a.name, a.aliases])).toEqual([
      ['Olaf Scholz', []],
      ['Mark Rutte', []],
    ])
  })

  it('ends a name before the noun its genitive owns, and joins the genitive to the full name', () => {
    const { read } = analyse('Nach Bidens Worten sei das Land bereit. Joe Biden sagte das am Montag.')
    expect(read('per:joe-biden')).toEqual(['Bidens', 'Joe Biden'])
  })

  it('reads a name the tagger took for a place as the person the text names elsewhere', () => {
    const { read } = analyse(
      'Der Rat beschloss, die Luftwaffe des Diktators Muammar al-Gaddafi am Boden zu halten. ' +
        'Die Truppen Gaddafis rückten vor. „Alle Ziele“, sagte Gaddafi.',
    )
    expect(read('per:muammar-al-gaddafi')).toEqual(['Muammar al-Gaddafi', 'Gaddafis', 'Gaddafi'])
  })

  it('reads a surname written with two letters swapped as the person the text names in full, and nothing else', () => {
    const { read, actors } = analyse(
      'Das Gericht bestätigte das Urteil gegen Julia Timoschenko. Wiktor Janukowytsch ist Präsident. ' +
        'Gegen ihn wäre Timoschneko im Herbst angetreten. Gegen ihn wäre Timoschnko angetreten.',
    )
    expect(read('per:julia-timoschenko')).toEqual(['Julia Timoschenko', 'Timoschneko'])
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([
      'Julia Timoschenko',
      'Wiktor Janukowytsch',
    ])
  })

  it('keeps a word for a person out of the name the tagger read it into, but not a given name', () => {
    const doc = analyzeText(
      'Der Topscorer RJ Barrett traf dreimal. Danach sprach Alexander Van der Bellen, und Barrett jubelte.',
      {},
      env,
    )
    const at = (s: string): [number, number] => {
      const i = doc.text.indexOf(s)
      return [i, i + s.length]
    }
    const tagged = ['Topscorer RJ Barrett', 'Alexander Van der Bellen'].map((s) => ({
      span: at(s),
      type: 'PER' as const,
    }))
    const { actors, entities } = resolveActors(doc, tagged, env)
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([
      'RJ Barrett',
      'Alexander Van der Bellen',
    ])
    const barrett = actors.find((a) => a.name === 'RJ Barrett')?.id
    expect(
      entities.filter((e) => e.actor === barrett).map((e) => doc.text.slice(e.span[0], e.span[1])),
    ).toEqual(['RJ Barrett', 'Barrett'])
  })

  it('keeps a compound for a person out of a two-word name, but not a hyphenated given name', () => {
    const doc = analyzeText(
      'Das sagte Zahlungsverkehr-Spezialistin Neumüller. Usyk-Promoter Krassyuk widersprach. Anne-Rose Müller nicht.',
      {},
      env,
    )
    const at = (s: string): [number, number] => {
      const i = doc.text.indexOf(s)
      return [i, i + s.length]
    }
    const tagged = [
      'Zahlungsverkehr-Spezialistin Neumüller',
      'Usyk-Promoter Krassyuk',
      'Anne-Rose Müller',
    ].map((s) => ({ span: at(s), type: 'PER' as const }))
    const { actors } = resolveActors(doc, tagged, env)
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([
      'Neumüller',
      'Krassyuk',
      'Anne-Rose Müller',
    ])
  })

  it('makes a one-word name in a company’s context an organisation, and one after an article nobody', () => {
    const doc = analyzeText(
      'Es gibt eine Kooperation mit dem Motorrad-Hersteller Bimota. Das kam dem Greenback zugute, sagte Konstantin Veit.',
      {},
      env,
    )
    const at = (s: string): [number, number] => {
      const i = doc.text.indexOf(s)
      return [i, i + s.length]
    }
    const tagged = ['Bimota', 'Greenback', 'Konstantin Veit'].map((s) => ({
      span: at(s),
      type: 'PER' as const,
    }))
    const { actors } = resolveActors(doc, tagged, env)
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ['Bimota', 'organization'],
      ['Konstantin Veit', 'person'],
    ])
  })

  it('reads no name into pronouns, quantifiers and determiners, nor a company’s name into a person', () => {
    const doc = analyzeText(
      'Eines Tages kam sie zurück. Mir wurde klar, dass wir bleiben. Kein Homeoffice ist erlaubt. ' +
        'Das Foto lieferte Barcroft Media, entdeckt hat sie die Modelagentur Storm. Eines Abends rief Liat Atzili an. ' +
        'Es drohen Corona-Tests. Laut Müller-Hofstede ist das falsch.',
      {},
      env,
    )
    const at = (s: string): [number, number] => {
      const i = doc.text.indexOf(s)
      return [i, i + s.length]
    }
    const tagged = [
      'Eines Tages',
      'Mir',
      'Kein Homeoffice',
      'Barcroft Media',
      'Storm',
      'Liat Atzili',
      'Corona-Tests',
      'Laut Müller-Hofstede',
    ].map((s) => ({ span: at(s), type: 'PER' as const }))
    const { actors } = resolveActors(doc, tagged, env)
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ['Barcroft Media', 'organization'],
      ['Storm', 'organization'],
      ['Liat Atzili', 'person'],
      // after a preposition a name stays a name
      ['Müller-Hofstede', 'person'],
    ])
    // the same when the names are guessed from capitals
    const guessed = analyse(
      'Sie glaubten, das werde sich eines Tages ändern. Eines Tages berichtete das Fernsehen. ' +
        'Neben Cyberspionage drohen Sabotageakte.',
    )
    expect(guessed.actors.filter((a) => a.kind === 'person')).toEqual([])
  })

  it('reads a surname the tagger took for a body as the person named in full before it, but not after an article', () => {
    const { read, actors } = analyse(
      'Die damalige Umweltministerin Anne Spiegel (Grüne) musste aussagen. Spiegel war nur zehn Tage nach der Flut ' +
        'in den Urlaub gefahren. Der Spiegel berichtete darüber. Das steht über Anne Spiegels Karriere.',
    )
    expect(read('per:anne-spiegel')).toEqual(['Anne Spiegel', 'Spiegel', 'Anne Spiegels'])
    // the genitive is no other name: the person keeps her nominative one, by which the corpus keys her
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Anne Spiegel'])
  })
})

describe('public figures by surname alone (issue 18)', () => {
  it('does not take a given name that only folds like a public figure’s surname for that figure', () => {
    expect(analyse('Das sagte Hermann am Montag in Berlin.').actors.map((a) => a.id)).toEqual(['per:hermann'])
    expect(analyse('Das sagte Sherman am Montag in Genf.').actors.map((a) => a.id)).toEqual([
      'per:wendy-sherman',
    ])
  })
})
