import { describe, expect, it } from 'vitest'
import { createEnv, type Event } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { eventsStage } from '../events-stage.ts'

const env = createEnv()
const eventsOf = (text: string, published = '2022-01-21') => {
  const doc = analyzeText(text, { published }, env)
  return { doc, events: doc.layers.events ?? [] }
}
const brief = (e: Event) => `${e.type} ${e.status} ${e.actor.join('+')} -> ${e.recipient.join('+')}`

describe('PLOVER events in German news sentences', () => {
  // [sentence, the one event it should yield as "TYPE status actor -> recipient"]
  const table: Array<[string, string]> = [
    [
      'Blinken warnte Moskau am Freitag vor einem Einmarsch in die Ukraine.',
      'THREATEN occurred per:antony-blinken -> country:RUS',
    ],
    [
      'Der ukrainische Geheimdienst warf Russland vor, Söldner zu rekrutieren.',
      'ACCUSE occurred org:ukr-geheimdienst -> country:RUS',
    ],
    [
      'Das russische Außenministerium forderte den Abzug von NATO-Truppen aus Rumänien und Bulgarien.',
      'REQUEST demanded org:rus-aussenministerium -> org:nato',
    ],
    [
      'Unterdessen verlegte Russland zwei Bataillone in das Nachbarland.',
      'MOBILIZE occurred country:RUS -> ',
    ],
    [
      'Zur Abschreckung erwägt die britische Regierung, Hunderte Soldaten nach Polen zu entsenden.',
      'MOBILIZE considered org:gbr-regierung -> ',
    ],
    [
      'Über die Ukraine sprach Lawrow. Russland habe das ukrainische Volk niemals bedroht, sagte Lawrow.',
      'THREATEN denied country:RUS -> country:UKR',
    ],
    [
      'Russland dagegen will schriftliche Sicherheitsgarantien und ein Ende der Osterweiterung der NATO.',
      'REQUEST demanded country:RUS -> org:nato',
    ],
    [
      'Bis heute sollen äthiopische Milizen sudanesische Zivilisten töten.',
      'ASSAULT planned group:eth-milizen -> group:sdn-zivilisten',
    ],
    [
      'Auf ihrer Internetseite kritisiert die Landesvorsitzende der Familienunternehmen, Colette Boos-John, den Auftritt von Björn Höcke hart.',
      'ACCUSE occurred per:colette-boos-john -> per:bjoern-hoecke',
    ],
    [
      'Lawrow appellierte an Blinken, die Verpflichtungen ernst zu nehmen.',
      'REQUEST demanded per:sergej-lawrow -> per:antony-blinken',
    ],
  ]
  it.each(table)('%s', (sentence, expected) => {
    const { events } = eventsOf(sentence)
    expect(events.map(brief)).toEqual([expected])
  })

  it('codes a meeting once, every participant as actor, with its date and place', () => {
    const { events } = eventsOf(
      'Der russische Außenminister Sergej Lawrow und sein US-Kollege Antony Blinken haben einander am Freitag in Genf getroffen. Das Treffen sei offen gewesen, sagte Lawrow.',
    )
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      type: 'CONSULT',
      status: 'occurred',
      actor: ['per:sergej-lawrow', 'per:antony-blinken'],
      recipient: [],
      when: '2022-01-21',
      where: ['Genf'],
    })
  })

  it('records a promise with its due date and the quote it is known from', () => {
    const { doc, events } = eventsOf(
      'Blinken habe ihm zugesichert, dass der Westen kommende Woche eine schriftliche Antwort übergeben werde, sagte Lawrow.',
    )
    const agree = events.find((e) => e.type === 'AGREE')
    expect(agree).toMatchObject({
      status: 'promised',
      actor: ['per:antony-blinken'],
      recipient: ['per:sergej-lawrow'],
      when: '2022-W04',
    })
    expect(doc.layers.quotes?.find((q) => q.id === agree?.quote)?.speaker).toBe('per:sergej-lawrow')
  })

  it('keeps negation, consideration and plans apart', () => {
    expect(
      eventsOf('Russland hege keine Angriffspläne gegen die Ukraine, sagte Lawrow.').events.map(
        (e) => e.status,
      ),
    ).toEqual(['denied'])
    expect(
      eventsOf(
        'Die Übung soll im Februar an der Grenze zur Ukraine stattfinden. Russland verlegte Truppen nach Belarus.',
      ).events.map(brief),
    ).toEqual(['MOBILIZE occurred country:RUS -> '])
    const plan = eventsOf(
      'Russland verlegte Truppen nach Belarus. Die Übung soll im Februar an der Grenze zur Ukraine stattfinden.',
    ).events
    expect(plan.map((e) => `${e.status} ${e.when ?? ''}`)).toEqual(['occurred ', 'planned 2022-02'])
  })

  it('makes no event of a possibility or a feeling, and a hypothetical one of a condition', () => {
    expect(eventsOf('Blinken sagte, Russland könnte die Ukraine vom Süden her angreifen.').events).toEqual([])
    // the guideline's own example of a hypothetical act
    expect(
      eventsOf(
        'Wenn ein Gipfel zwischen Joe Biden und Putin hilfreich wäre, dann sind wir bereit.',
      ).events.map(brief),
    ).toEqual(['CONSULT hypothetical per:joe-biden+per:wladimir-putin -> '])
    expect(eventsOf('Russland sieht sich von einer Ausdehnung der NATO bedroht.').events).toEqual([])
  })

  it('codes a warning as a threat only when it is aimed at a party or names a coercive step', () => {
    expect(eventsOf('Die USA warnten Russland vor ernsten Konsequenzen.').events.map(brief)).toEqual([
      'THREATEN occurred country:USA -> country:RUS',
    ])
    expect(eventsOf('Scholz warnte vor einer Eskalation des Konflikts.').events).toEqual([])
    expect(eventsOf('Erdogan drohte mit einem Veto.').events.map((e) => e.type)).toEqual(['THREATEN'])
    expect(eventsOf('Dem Angeklagten Nawalny drohen 20 Jahre Haft.').events).toEqual([])
  })

  it('tells an arrest or a sentence in the passive without its agent, the arrested as recipient', () => {
    expect(eventsOf('Der Mann wurde am Montag festgenommen.').events.map(brief)).toEqual([
      'COERCE occurred  -> ',
    ])
    const sentence = eventsOf('Nawalny wurde zu 19 Jahren Haft verurteilt.').events
    expect(sentence.map((e) => `${e.type} ${e.status} ${e.actor.length}`)).toEqual(['COERCE occurred 0'])
    expect(sentence[0]?.recipient[0]).toMatch(/nawalny/u)
    // a court's sentence is COERCE, a politician's condemnation ACCUSE
    expect(eventsOf('Merkel verurteilte den Anschlag scharf.').events.map((e) => e.type)).toEqual(['ACCUSE'])
    // a greeting is no endorsement
    expect(eventsOf('Die beiden Minister hatten einander mit Handschlag begrüßt.').events).toEqual([])
  })

  it('tells an act a light verb carries even when its agent is nobody we know', () => {
    const warrant = eventsOf(
      'Ein Richter am Bundesgerichtshof hat Haftbefehl gegen drei Männer erlassen.',
    ).events
    expect(warrant.map((e) => `${e.type} ${e.status}`)).toEqual(['COERCE occurred'])
    // a noun with no light verb and nobody named stays no event
    expect(eventsOf('Die Kritik war laut.').events).toEqual([])
  })

  it('keeps claimed for words at a distance (Konjunktiv, hearsay, direct speech), not for a source of fact', () => {
    const status = (text: string) => eventsOf(text, '2026-01-05').events.map((e) => `${e.type} ${e.status}`)
    expect(
      status('Nach Angaben der Veranstalter demonstrierten rund 7.000 Menschen gegen die Regierung.'),
    ).toEqual(['PROTEST occurred'])
    expect(status('Laut dem Kreml habe die Ukraine eine Raffinerie angegriffen.')).toEqual([
      'ASSAULT claimed',
    ])
  })

  it('reads "es kam zu …" as what happened, "zwischen" naming its sides', () => {
    const { events } = eventsOf(
      'In Tripoli war es immer wieder zu Feuergefechten zwischen Sunniten und Schiiten gekommen.',
    )
    expect(events.map((e) => `${e.type} ${e.status}`)).toEqual(['ASSAULT occurred'])
    // a noun in another prepositional phrase stays a circumstance
    expect(eventsOf('Nach dem Gespräch reiste sie ab.').events).toEqual([])
  })

  it('reads "ihn" and "ihm" outside quotes as the person named last', () => {
    const { events } = eventsOf(
      'Matt Gaetz trat zurück. Das Justizministerium ermittelte gegen ihn wegen Betrugs.',
    )
    expect(events.find((e) => e.type === 'ACCUSE')?.recipient).toEqual(['per:matt-gaetz'])
  })

  it('never takes a genitive attribute for the subject: the accused stay the accused', () => {
    const { events } = eventsOf(
      'Sowohl Verbündete als auch Gegner der Vereinigten Staaten kritisierten am Montag die Militäroperation.',
    )
    // the group named is the subject, the state in its genitive stays the accused
    expect(events.map(brief)).toEqual(['ACCUSE occurred group:local:gegner -> country:USA'])
  })

  it('lets a verb-first clause after a comma share the subject, unless the verb cues what was said', () => {
    const shared = eventsOf('Angela Merkel empfing Emmanuel Macron, kritisierte ihn aber scharf.').events
    expect(shared.filter((e) => e.type === 'ACCUSE').map(brief)).toEqual([
      'ACCUSE occurred per:angela-merkel -> per:emmanuel-macron',
    ])
    const cue = eventsOf('Das Treffen war schwierig, kritisierte Lawrow die USA.').events
    expect(cue.map(brief)).toEqual(['ACCUSE occurred per:sergej-lawrow -> country:USA'])
    // a dependent clause before: the verb-first clause has its own subject behind the verb
    const dependent = eventsOf(
      'Als sich US-Kräfte näherten, verweigerte die Besatzung ihnen den Zugang.',
    ).events
    expect(dependent[0]?.actor).not.toContain('country:USA')
  })

  it('resumes a dependent clause that an infinitive clause cut in two', () => {
    const { events } = eventsOf(
      'Der Brief wurde geschrieben, nachdem die Polizei den Versuch von Terroristen, mehrere Flugzeuge explodieren zu lassen, vereitelt hatte.',
    )
    expect(events.map((e) => `${e.type} ${e.actor.join('+')}`)).toEqual(['COERCE org:local:polizei'])
  })

  it('reads "der Österreicher" as the person named last, but not before the name it introduces', () => {
    const later = eventsOf(
      'Sebastian Kurz kam nach Berlin. Der Österreicher kritisierte die Bundesregierung.',
    )
    expect(later.events.map(brief)).toEqual(['ACCUSE occurred per:sebastian-kurz -> org:deu-regierung'])
    const apposition = eventsOf('Der Österreicher Mirsad Omerovic wurde 2014 zu 20 Jahren Haft verurteilt.')
    expect(apposition.events.map(brief)).toEqual(['COERCE occurred  -> per:mirsad-omerovic'])
  })

  it('tells an act named as the time or cause of another, whom it hit from the genitive', () => {
    const { events } = eventsOf(
      'Nach der Festnahme Maduros durch US-Kräfte protestierten Tausende in Caracas.',
    )
    const arrest = events.find((e) => e.type === 'COERCE')
    expect(arrest && brief(arrest)).toBe('COERCE occurred country:USA -> per:maduros')
    expect(arrest?.rule).toContain('events/noun-circumstance')
    // a phrase the verb governs is what the verb is about, not an act of its own
    expect(eventsOf('Blinken warnte vor einem Einmarsch Russlands.').events.map((e) => e.type)).not.toContain(
      'ASSAULT',
    )
  })

  it('reads a polite "bitte" and a quoted protest of one person as no request and no demonstration', () => {
    expect(eventsOf('„Lesen Sie sich bitte unser Programm durch“, sagte Höcke.').events).toEqual([])
    expect(eventsOf('Er bitte die Regierung um Hilfe, sagte Lawrow.').events.map((e) => e.type)).toEqual([
      'REQUEST',
    ])
    const spoken = eventsOf('„Wir machen mittelstandsfreundliche Politik“, protestiert Björn Höcke.').events
    expect(spoken.map((e) => e.type)).toEqual(['ACCUSE'])
    const crowd = eventsOf('„Nein zum Krieg“, protestierten Tausende Demonstranten in Berlin.').events
    expect(crowd.map((e) => e.type)).toEqual(['PROTEST'])
  })

  it('lets the noun a relative clause hangs on exclude its trigger: a statement made is no meeting', () => {
    const { events } = eventsOf(
      'Voigt unterstellt Höcke eine Aussage, die er gar nicht getroffen hat auf dem Marktplatz von Sömmerda.',
    )
    expect(events.map((e) => e.type)).not.toContain('CONSULT')
  })

  it('codes what a demand asks for as no event, and who is to act as its recipient', () => {
    const { events } = eventsOf('Die Ukraine müsse ihre Truppen sofort abziehen, verlangte Lawrow.')
    expect(events.map(brief)).toEqual(['REQUEST demanded per:sergej-lawrow -> country:UKR'])
  })

  it('reads a name in brackets beside a name as who they are, not as an argument', () => {
    const { events } = eventsOf('Innenministerin Nancy Faeser (SPD) kritisierte die Kundgebung scharf.')
    expect(events.map(brief)).toEqual(['ACCUSE occurred per:nancy-faeser -> '])
  })

  it('reads a modal with a perfect infinitive, and what it holds, as a claim', () => {
    const { events } = eventsOf(
      'Ein Rechercheverbund will herausgefunden haben, dass russische Agenten westliche Diplomaten angegriffen haben.',
    )
    expect(events.map(brief)).toEqual(['ASSAULT claimed group:rus-agenten -> '])
  })

  it('gives a relative clause the phrase its pronoun stands for as subject', () => {
    expect(eventsOf('Es gibt Staaten wie Frankreich, die den Plan ablehnen.').events.map(brief)).toEqual([
      'REJECT occurred country:FRA -> ',
    ])
  })

  it('reads a passive told in the past as an act, not as a state', () => {
    expect(eventsOf('Der Minister war zuvor scharf kritisiert worden.').events.map((e) => e.type)).toEqual([
      'ACCUSE',
    ])
    expect(eventsOf('Derzeit sind in Estland 830 britische Soldaten stationiert.').events).toEqual([])
  })

  it('reads the phrases of the cue families: an accusation with "sprach von", a release from custody', () => {
    expect(
      eventsOf('Russland sprach von einem Verstoß gegen das Völkerrecht.').events.map((e) => e.type),
    ).toEqual(['ACCUSE'])
    expect(
      eventsOf('Der Sprecher wurde am Abend wieder aus der Haft entlassen.').events.map((e) => e.type),
    ).toEqual(['CONCEDE'])
  })

  it('takes no challenge, requirement or apology for a demand', () => {
    expect(eventsOf('Das ist eine große Herausforderung für Olaf Scholz.').events).toEqual([])
    expect(eventsOf('Die Bank soll schärfere Liquiditätsanforderungen erfüllen.').events).toEqual([])
    expect(eventsOf('Der Basketballspieler Sergio Llull bat um Entschuldigung.').events).toEqual([])
  })

  it('reads a weekday in a clause told in the past as last week, not as a plan', () => {
    const past = eventsOf('Beamte durchsuchten am Mittwoch Räume in fünf Hochschulen.', '2026-01-05').events
    expect(past.map((e) => `${e.type} ${e.status}`)).toEqual(['COERCE occurred'])
    const future = eventsOf('Die Polizei wird am Mittwoch Räume durchsuchen.', '2026-01-05').events
    expect(future.map((e) => `${e.type} ${e.status}`)).toEqual(['COERCE planned'])
  })

  it('does not code what is demanded or warned against as an event of its own', () => {
    const { events } = eventsOf(
      'Russland übt. Die USA verlangen einen Rückzug der russischen Soldaten ins Hinterland.',
    )
    expect(events.map(brief)).toEqual(['REQUEST demanded country:USA -> country:RUS'])
  })

  it('announces aid on behalf of the announcer when the aid is told in the passive', () => {
    const { events } = eventsOf(
      'Blinken kündigte an, dass in den kommenden Wochen weitere Militärhilfe in die Ukraine geliefert werde.',
    )
    expect(events.map((e) => `${brief(e)} ${e.when}`)).toEqual([
      'AID planned per:antony-blinken -> country:UKR FUTURE_REF',
    ])
  })

  it('reads a negated "infrage stellen" as a rejection', () => {
    const { events } = eventsOf(
      'Blinken sagte, die NATO-Politik der offenen Tür werde nicht infrage gestellt.',
    )
    expect(events.map((e) => `${e.type} ${e.status}`)).toEqual(['REJECT occurred'])
  })

  it('runs without entities and quotes, naming actors by their capitalised names', () => {
    const doc = analyzeText('Blinken warnte Moskau vor einem Einmarsch.', {}, env)
    const bare = {
      ...doc,
      layers: { sentences: doc.layers.sentences ?? [], tokens: doc.layers.tokens ?? [] },
    }
    const { events } = eventsStage.run(bare, env)
    expect(events.map(brief)).toEqual(['THREATEN occurred name:blinken -> name:moskau'])
  })
})

describe('actors of events', () => {
  it('names only actors of the actors layer: a country known only by its adjective is nobody to point to', () => {
    const { doc, events } = eventsOf(
      'Nach Informationen von Haaretz wurde die Annäherung von islamischen Gruppen scharf verurteilt. Auch von Seiten der palästinensischen Autonomiebehörde wurde Kritik laut.',
    )
    const known = new Set((doc.layers.actors ?? []).map((a) => a.id))
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) for (const id of [...e.actor, ...e.recipient]) expect(known).toContain(id)
  })

  it('reads a description by age as the person named last, and no object pronoun as the subject', () => {
    const { events } = eventsOf(
      'Gegen Matt Gaetz wurde ermittelt. Beides weist der 42-Jährige zurück. Teile der Bevölkerung, die ihn verurteilen, demonstrieren.',
    )
    expect(events.map(brief)).toContain('REJECT occurred per:matt-gaetz -> ')
    expect(events.filter((e) => e.actor.includes('per:matt-gaetz')).map((e) => e.type)).toEqual(['REJECT'])
  })

  it('reads "sie" by the number of its verb: one person, or the group named last', () => {
    const { events } = eventsOf(
      'Pam Bondi lachte. Sie kritisierte stets die Ermittlungen. Die Demonstranten riefen laut. Sie forderten den Rücktritt des Ministers.',
    )
    expect(events.map(brief)).toEqual([
      'ACCUSE occurred per:pam-bondi -> ',
      'REQUEST demanded group:local:demonstranten -> ',
    ])
  })

  it('joins a main clause that a relative clause cut in two', () => {
    const { events } = eventsOf(
      'Sadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben, verurteilte die Haltung der Regierung. Die Entführer wollen die Freilassung von Angehörigen, die im Gefängnis sitzen, erpressen.',
    )
    expect(events.map(brief)).toEqual(
      expect.arrayContaining(['ACCUSE occurred per:sadiq-khan -> org:local:regierung']),
    )
    expect(events.find((e) => e.type === 'REQUEST')?.actor).toEqual(['group:local:entfuehrer'])
  })
})

describe('agents in phrases', () => {
  it('takes no time for the subject and reads who acts after the verb', () => {
    const { events } = eventsOf(
      'Gegen Matt Gaetz gab es Vorwürfe. Mehrere Jahre lang ermittelte auch das US-Justizministerium gegen ihn.',
    )
    expect(events.map(brief)).toContain('ACCUSE occurred org:usa-justizministerium -> per:matt-gaetz')
  })

  it('gives a "durch" phrase after a noun to the noun, not to the passive clause', () => {
    const { events } = eventsOf(
      'Ein Mann wurde in Berlin festgenommen und nach Verhör durch die Sicherheitsbehörden wieder freigelassen. Der Mann wurde am Montag von der Polizei festgenommen.',
    )
    expect(events.map(brief)).toEqual([
      'COERCE occurred  -> ',
      'CONCEDE occurred  -> ',
      'COERCE occurred org:local:polizei -> ',
    ])
  })

  it('keeps a "von" agent after a genitive with the passive clause', () => {
    const { events } = eventsOf(
      'Die politische Annäherung der beiden Staaten wurde von islamischen Gruppen scharf verurteilt.',
    )
    expect(events.map(brief)).toEqual(['ACCUSE occurred group:local:gruppen -> '])
  })

  it('reads the agent of a noun past a place inside its phrase', () => {
    const { events } = eventsOf(
      'Bei der Erstürmung eines Protestcamps sudanesischer Flüchtlinge in Kairo durch die ägyptische Polizei starben 20 Menschen.',
    )
    expect(events.map(brief)).toEqual(['COERCE occurred org:egy-polizei -> group:sdn-fluechtlinge'])
  })
})

describe('status from the sentence', () => {
  it('codes nothing in a question, plans a meeting that "ist geplant", and reads an offer to talk as considered', () => {
    const { events } = eventsOf(
      'Gibt es Proteste gegen Russland? Am Donnerstag ist ein Treffen der Außenminister Russlands und der USA in Wien geplant. Condoleezza Rice hat heute die Bereitschaft ihres Landes erklärt, in direkte Gespräche mit dem Iran zu treten.',
    )
    expect(events.map(brief)).toEqual([
      'CONSULT planned country:RUS+country:USA -> ',
      'CONSULT considered per:condoleezza-rice+country:IRN -> ',
    ])
  })

  it('does not read a decision taken as a meeting ("getroffen" is treffen, not triefen)', () => {
    const { doc, events } = eventsOf(
      'Wir haben keine Entscheidung getroffen. Lawrow hat Blinken in Genf getroffen.',
    )
    expect(events.map(brief)).toEqual(['CONSULT occurred per:sergej-lawrow+per:antony-blinken -> '])
    const getroffen = (doc.layers.tokens ?? []).filter(
      (t) => doc.text.slice(t.span[0], t.span[1]) === 'getroffen',
    )
    expect(getroffen.map((t) => t.lemma)).toEqual(['treffen', 'treffen'])
  })
})

describe('warnings and wishes', () => {
  it('reads a name inside "vor …" as what is warned against, not as a threatened party', () => {
    const { events } = eventsOf('Wladimir Putin warnt vor einer angeblichen „Dekolonisierung“ Russlands.')
    expect(events).toEqual([])
  })

  it('plans what a speaker wants to do: "sie wolle ihr Veto einlegen"', () => {
    const { events } = eventsOf(
      'Die georgische Präsidentin Salome Surabitschwili sagte, sie wolle ihr Veto einlegen, wenn das Gesetz verabschiedet wird.',
    )
    expect(events.map(brief)).toEqual(['REJECT planned per:salome-surabitschwili -> '])
  })
})

describe('sides on a news page (n-tv on a seized tanker)', () => {
  it('gives a clause after "und" with a subject of its own that subject, and no name across a verb', () => {
    const { events } = eventsOf(
      'Leavitt sagte, das Schiff stehe auf einer Sanktionsliste und das Justizministerium habe die Beschlagnahme beantragt. Der Präsident des Landes, Nicolás Maduro, wirft den USA vor, einen Machtwechsel erzwingen zu wollen.',
    )
    expect(events.map(brief)).toEqual([
      'REQUEST demanded org:local:justizministerium -> ',
      'ACCUSE occurred per:nicolas-maduro -> country:USA',
    ])
  })

  it('lets no speaker stand in for a clause with a subject of its own, and reads oil deliveries as trade', () => {
    const { events } = eventsOf(
      'Das Weiße Haus rechtfertigte die Beschlagnahmung damit, dass der Tanker als Teil einer Schattenflotte Schwarzmarkt-Öl an die Revolutionsgarden im Iran liefere.',
    )
    expect(events.filter((e) => e.type === 'AID')).toEqual([])
  })

  it('reads an abbreviation before a hyphen as who acts: "EU-Sanktionen gegen Russland"', () => {
    const { events } = eventsOf('Die EU-Sanktionen gegen Russland treten in Kraft.')
    expect(events.map(brief)).toEqual(['SANCTION occurred org:eu -> country:RUS'])
  })
})

describe('a political row (WAZ on Klöckner)', () => {
  it('reads a politician attacking another as an accusation, and one with weapons as an assault', () => {
    const { events } = eventsOf(
      'Die Ex-Grünen-Vorsitzende Ricarda Lang attackiert Julia Klöckner. Bereits zuvor hatte Robert Habeck, der frühere Vizekanzler der Grünen, Klöckner scharf attackiert. Bewaffnete attackierten einen Polizeiposten.',
    )
    expect(events.map(brief)).toEqual([
      'ACCUSE occurred per:ricarda-lang -> per:julia-kloeckner',
      'ACCUSE occurred per:robert-habeck -> per:julia-kloeckner',
      'ASSAULT occurred group:local:bewaffnete -> ',
    ])
  })

  it('reads "Die CDU-Politikerin" opening a sentence as the person named before; "wies … zurück und rief … auf"', () => {
    const { events } = eventsOf(
      'Julia Klöckner lachte. Die CDU-Politikerin wies die Vorwürfe zurück und rief stattdessen zu mehr Respekt auf. Der Vertreter Libyens nannte das eine Unterstützung.',
    )
    expect(events.map(brief).slice(0, 2)).toEqual([
      'REJECT occurred per:julia-kloeckner -> ',
      'REQUEST demanded per:julia-kloeckner -> ',
    ])
    expect(events.flatMap((e) => e.actor).filter((a) => a === 'per:julia-kloeckner')).toHaveLength(2)
  })
})

describe('more cue families', () => {
  it.each([
    ['Die Polizei löste die Demonstration am Abend auf.', 'COERCE occurred org:local:polizei -> '],
    ['Die Opposition pocht auf Neuwahlen.', 'REQUEST demanded org:local:opposition -> '],
    ['Die Regierung erteilte dem Plan eine Absage.', 'REJECT occurred org:local:regierung -> '],
    ['Die Grünen bemängelten den Plan der Regierung.', 'ACCUSE occurred org:gruene -> org:local:regierung'],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence).events.map(brief)).toEqual([expected])
  })
})

describe('hearsay and relative clauses', () => {
  it('reads "sollen" with a perfect infinitive as claimed, and a relative clause is no content of an accusation', () => {
    const { events } = eventsOf(
      'Auch sollen Polizisten Knüppel gegen Demonstranten eingesetzt haben. Aljaksandr Milinkewitsch kritisierte die Handlungsweise von Alexander Kozulin, der zum Sturm des Gefängnisses aufgerufen haben soll.',
    )
    expect(events.map((e) => `${e.type} ${e.status}`)).toEqual([
      'ASSAULT claimed',
      'ACCUSE occurred',
      'REQUEST claimed',
    ])
    expect(brief(events[0] as Event)).toBe(
      'ASSAULT claimed group:local:polizisten -> group:local:demonstranten',
    )
    expect(events[2]?.actor).toEqual(['per:alexander-kozulin'])
  })

  it("keeps an accusation's infinitive its content: no assault of its own", () => {
    const { events } = eventsOf(
      'Der ägyptische Innenminister wirft den Flüchtlingen vor, die Polizisten angegriffen zu haben.',
    )
    expect(events.map((e) => e.type)).toEqual(['ACCUSE'])
  })
})

describe('conditions', () => {
  it('codes an act in a condition as hypothetical, a question as nothing, and "weder … noch" as negation', () => {
    const { events } = eventsOf(
      'Sollte die Wahlkommission sich weigern, ihn zur Wahl zuzulassen, will er klagen. Wenn Russland die Ukraine angreift, verhängt die EU Sanktionen. Boris Nadeschdin sagte: „Ich habe sie weder um Geld noch um Unterstützung gebeten.“ Offen ist, ob die EU Sanktionen verhängt.',
    )
    expect(events.map((e) => `${e.type} ${e.status}`)).toEqual([
      'REJECT hypothetical',
      'ASSAULT hypothetical',
      'SANCTION occurred',
      'REQUEST denied',
    ])
  })
})

describe('passive clauses', () => {
  it("gives the main clause's subject no act that a named other did to it", () => {
    const { events } = eventsOf(
      'Ekaterina Duntzowa hat die Nominierung von Boris Nadeschdin unterstützt, nachdem sie selbst von der Zentralen Wahlkommission als Kandidatin abgelehnt worden war.',
    )
    // "die Nominierung von Boris Nadeschdin": the "von" stands for a genitive, whom the support is for
    expect(events.map(brief)).toEqual([
      'SUPPORT occurred per:ekaterina-duntzowa -> per:boris-nadeschdin',
      'REJECT occurred  -> ',
    ])
  })
})

describe('states that are no acts', () => {
  it('gives no support where somebody has support, and reads deliveries of raw materials as trade', () => {
    const { events } = eventsOf(
      'María Corina Machado hat einige Unterstützung unter den Wählern. China liefert chemische Grundstoffe nach Mexiko.',
    )
    expect(events).toEqual([])
  })
})

describe('coordinated clauses', () => {
  it('reads a name after "und" and the verb as the object, the shared subject as who acts', () => {
    const { events } = eventsOf(
      'Ibrahim Dabbashi kritisierte die Regierung und rief die libysche Armee auf, ihr Volk zu schützen.',
    )
    expect(events.map(brief)).toContain('REQUEST demanded per:ibrahim-dabbashi -> org:lby-armee')
  })
})

describe('noun triggers and offers', () => {
  it('finds who acts inside the phrase of a noun', () => {
    const { events } = eventsOf(
      'Der Iran und Großbritannien streiten. Grund ist die Festnahme von 15 britischen Soldaten durch die iranische Marine.',
      '2007-03-31',
    )
    expect(events.map(brief)).toEqual(['COERCE occurred country:IRN -> country:GBR'])
  })

  it('codes an offer to send troops as promised', () => {
    const { events } = eventsOf(
      'Frankreich hat sich bereit erklärt, weitere 2.000 Soldaten in den Libanon zu entsenden.',
      '2006-08-13',
    )
    expect(events.map(brief)).toEqual(['MOBILIZE promised country:FRA -> '])
  })

  it('never takes the object for the subject when the subject is an unknown name with an apposition', () => {
    const { events } = eventsOf(
      'Dina Mufti, Sprecher des Außenministeriums, hat türkische Streitkräfte beschuldigt, die Grenzen verletzt zu haben.',
      '2021-01-22',
    )
    // the tagger knows "Dina Mufti" for a person although no lexicon does: the accuser, not the accused, acts
    expect(events.map(brief)).toEqual(['ACCUSE occurred per:dina-mufti -> org:tur-streitkraefte'])
  })
})

describe('words that only look like triggers', () => {
  it('takes no determiner for a verb and finds "er" outside quotes', () => {
    const { events } = eventsOf(
      'Nach seiner Karriere wandte sich George Shultz von einigen republikanischen Positionen ab. Im vergangenen Jahr kritisierte er den Politikstil von US-Präsident Donald Trump.',
      '2021-02-09',
    )
    expect(events.map(brief)).toEqual(['ACCUSE occurred per:george-shultz -> per:donald-trump'])
  })
})

describe('evaluative accusations and plain groups as sides', () => {
  it('codes calling somebody or something by a condemning word as an accusation', () => {
    expect(
      eventsOf('Innenministerin Nancy Faeser nannte die Forderungen der Islamisten unerträglich.').events.map(
        brief,
      ),
    ).toEqual(['ACCUSE occurred per:nancy-faeser -> group:local:islamisten'])
    // the passive has no accuser, and whom the words hit is its subject
    expect(
      eventsOf('Auf Plakaten wurde Deutschland als Wertediktatur bezeichnet.').events.map(brief),
    ).toEqual(['ACCUSE occurred  -> country:DEU'])
    // calling something by a neutral word accuses nobody
    expect(
      eventsOf('Der Minister nannte die Gespräche konstruktiv.').events.map((e) => e.type),
    ).not.toContain('ACCUSE')
  })

  it("codes saying in one's own words that somebody is a criminal as an accusation that occurred", () => {
    expect(
      eventsOf(
        'Die Opposition sagt, Maduro sei ein brutaler Diktator und ein Narco-Terrorist gewesen.',
      ).events.map(brief),
    ).toEqual(['ACCUSE occurred org:local:opposition -> per:maduro'])
    // a neutral word is no accusation, nor is "sein" as the auxiliary of a passive
    expect(eventsOf('„Die Gespräche waren konstruktiv“, sagte Lawrow.').events).toEqual([])
    expect(
      eventsOf('Äthiopien sagt, die Verbrechen seien von Milizen begangen worden.').events.map((e) => e.rule),
    ).not.toContain('events/predicate-trigger events/status-occurred')
  })

  it('takes the phrase before a relative pronoun as subject when an object article follows the pronoun', () => {
    expect(eventsOf('Es gibt Teile der Bevölkerung, die den Angriff verurteilen.').events.map(brief)).toEqual(
      ['ACCUSE occurred group:local:bevoelkerung -> '],
    )
    // "die die" with a verb in the singular: the phrase after the pronoun is the subject
    expect(
      eventsOf(
        'Das sei Teil der Sicherheitsgarantien, die die Regierung in Moskau vom Westen verlange.',
      ).events.map(brief),
    ).toEqual(['REQUEST demanded org:rus-regierung -> group:westen'])
  })

  it('reads the subject after a preposition and relative pronoun', () => {
    expect(
      eventsOf('Es gab Demonstrationen, zu denen die Regierung aufgerufen hatte.').events.map(brief),
    ).toContain('REQUEST demanded org:local:regierung -> ')
  })

  it('takes the phrase before a relative pronoun in the dative as recipient', () => {
    expect(
      eventsOf('Die Regierung lobte die Demonstranten, denen die Polizei Gewalt vorwarf.').events.map(brief),
    ).toContain('ACCUSE occurred org:local:polizei -> group:local:demonstranten')
  })

  it('tells an act in a phrase of time or cause that is not told before, even without sides', () => {
    expect(
      eventsOf('Trotz mehrerer Hausdurchsuchungen wurden keine Hinweise gefunden.').events.map(brief),
    ).toEqual(['COERCE occurred  -> '])
    // the definite article points back to an act told before: no new event
    expect(eventsOf('Nach dem Gespräch reiste Lawrow ab.').events).toEqual([])
  })

  it('reads a participle that looks like an infinitive beside "wurde" as a passive', () => {
    // "entlassen" is infinitive and participle alike: the released is the recipient, nobody the actor
    const [release] = eventsOf(
      'Der Journalist Evan Gershkovich wurde am Montag aus der Haft entlassen.',
    ).events
    expect(release).toMatchObject({ type: 'CONCEDE', status: 'occurred', actor: [] })
    expect(release?.recipient).toContain('per:evan-gershkovich')
  })

  it('knows riots, pardons and suspicion among the cue families', () => {
    expect(
      eventsOf('Es kam zu Ausschreitungen zwischen Demonstranten und Polizisten.').events.map((e) => e.type),
    ).toEqual(['PROTEST'])
    expect(
      eventsOf('Der Staatsanwalt verdächtigte den Oppositionellen Alexej Nawalny der Spionage.').events.map(
        brief,
      ),
    ).toEqual(['ACCUSE occurred group:local:staatsanwaelte -> per:alexej-nawalny'])
    expect(eventsOf('Der Präsident begnadigte den Oppositionellen Alexej Nawalny.').events[0]).toMatchObject({
      type: 'CONCEDE',
      recipient: ['per:alexej-nawalny'],
    })
  })

  it('knows the international courts by every inflected form of their name', () => {
    expect(
      eventsOf('Der Internationale Strafgerichtshof erließ Haftbefehl gegen Putin.').events.map(brief),
    ).toEqual(['COERCE occurred org:istgh -> per:wladimir-putin'])
    const [warrant] = eventsOf(
      'Grundlage der Verhaftung ist ein Haftbefehl des Internationalen Strafgerichtshofs (IStGH) vom 23. Mai.',
      '2008-05-25',
    ).events
    expect(warrant).toMatchObject({ type: 'COERCE', actor: ['org:istgh'] })
  })

  it('directs a denial at whoever accused or claimed before it', () => {
    expect(
      eventsOf(
        'Der Iran hatte behauptet, die britischen Soldaten hätten eine Territorialverletzung begangen. Großbritannien bestreitet das.',
      ).events.find((e) => e.type === 'REJECT')?.recipient,
    ).toEqual(['country:IRN'])
    expect(
      eventsOf(
        'Dina Mufti, Sprecher des äthiopischen Außenministeriums, hat den Sudan beschuldigt, die Grenze verletzt zu haben. Der Sudan wies die Vorwürfe zurück.',
        '2021-01-22',
      ).events.map(brief),
    ).toContain('REJECT occurred country:SDN -> per:dina-mufti')
  })

  it('knows the participants of any gathering as a group', () => {
    expect(
      eventsOf(
        'Außenminister Frank-Walter Steinmeier appellierte an die Konferenzteilnehmer, sich zu einigen.',
      ).events.map(brief),
    ).toEqual(['REQUEST demanded per:frank-walter-steinmeier -> group:local:konferenzteilnehmer'])
  })

  it('never gives an act told as a circumstance the subject of its clause as actor', () => {
    const { events } = eventsOf(
      'Die USA hatten 1980 die diplomatischen Beziehungen zum Iran nach einer Besetzung in Teheran abgebrochen.',
    )
    expect(events.find((e) => e.type === 'COERCE')?.actor).toEqual([])
    expect(events.find((e) => e.type === 'SANCTION')?.actor).toEqual(['country:USA'])
  })

  it('reads the second of two joined nouns in a phrase of time as its own act', () => {
    const { events } = eventsOf(
      'Die Botschaft in Teheran blieb nach einer Besetzung und Geiselnahme zwei Jahre lang geschlossen.',
    )
    expect(events.map((e) => `${e.type} ${e.status} ${e.actor.join('+')}`).sort()).toEqual([
      'ASSAULT occurred ',
      'COERCE occurred ',
    ])
  })

  it('reads a second verb of another kind joined to the first as a second act of the same type', () => {
    const types = (text: string) => eventsOf(text).events.map((e) => `${e.type} ${e.actor.join('+')}`)
    expect(types('Der Mann wurde 2014 inhaftiert und später zu 20 Jahren Haft verurteilt.')).toEqual([
      'COERCE ',
      'COERCE ',
    ])
    expect(types('Die Polizei nahm zwei Männer fest und durchsuchte ihre Wohnungen.')).toEqual([
      'COERCE org:local:polizei',
      'COERCE org:local:polizei',
    ])
    // the same act repeated on several people is one event
    expect(types('Die Polizei nahm zwei Männer fest und nahm später einen dritten fest.')).toEqual([
      'COERCE org:local:polizei',
    ])
  })

  it('reads a country adjective before an event noun as who acts, also behind a preposition phrase and opening a sentence', () => {
    const sides = (text: string) => eventsOf(text).events.map(brief)
    expect(sides('Russland hält Bachmut. Am Freitag gab es russische Raketenangriffe auf Kiew.')).toEqual([
      'ASSAULT occurred country:RUS -> country:UKR',
    ])
    expect(sides('Russland hält Bachmut. Russische Raketenangriffe waren zuletzt selten geworden.')).toEqual([
      'ASSAULT occurred country:RUS -> ',
    ])
  })

  it('reads a march of forces as a mobilisation and a march of anybody else as a rally', () => {
    const types = (text: string) => eventsOf(text).events.map((e) => e.type)
    expect(types('Russland hat einen Aufmarsch von Truppen an der Grenze begonnen.')).toEqual(['MOBILIZE'])
    expect(types('In Hamburg marschierten am Samstag 1.000 Islamisten auf.')).toEqual(['PROTEST'])
  })

  it('reads a noun that breaks out or goes on as an act even where nobody is named', () => {
    const types = (text: string) => eventsOf(text).events.map((e) => `${e.type} ${e.status}`)
    expect(types('Im Norden brachen am Montag heftige Kämpfe aus.')).toEqual(['ASSAULT occurred'])
    expect(types('Unterdessen gehen Verhandlungen über eine Resolution weiter.')).toEqual([
      'CONSULT occurred',
    ])
  })

  it('takes "das Gericht" for the court named just before whose name ends in the word', () => {
    const text =
      'Gestern hat eine Sprecherin des Bundesverfassungsgerichts mitgeteilt, dass das Gericht eine Beschwerde abgelehnt hat.'
    const { doc, events } = eventsOf(text)
    const court = doc.layers.entities?.find((e) =>
      text.slice(e.span[0], e.span[1]).startsWith('Bundesverfassungs'),
    )
    expect(court?.actor).toBeDefined()
    expect(events.map((e) => `${e.type} ${e.actor.join('+')}`)).toEqual([`REJECT ${court?.actor}`])
  })

  it('reads a date after publication in a clause told in the simple past as last week, not as a plan', () => {
    // published on a Wednesday: "am Samstag" reads as the coming Saturday, the past tense says it was the last one
    const status = (text: string) => eventsOf(text, '2022-01-19').events.map((e) => e.status)
    expect(
      status('Bereits am Samstag gab es in Hamburg eine Demonstration gegen die Bildungspolitik.'),
    ).toEqual(['occurred'])
    expect(status('Am Samstag demonstrierten in Hamburg 7.000 Menschen.')).toEqual(['occurred'])
    expect(status('Am Samstag demonstrieren in Hamburg 7.000 Menschen.')).toEqual(['planned'])
  })

  it('knows kidnappers and the population as groups that act', () => {
    expect(
      eventsOf('Die Kidnapper wollen die Freilassung von fünf Angehörigen erpressen.').events.map(brief),
    ).toEqual(['REQUEST demanded group:local:entfuehrer -> group:local:angehoerige'])
  })
})
