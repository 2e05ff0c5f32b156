import { describe, expect, it } from 'vitest'
import { createEnv, type Span } from '../../document/index.ts'
import { analyzeText } from '../../pipeline.ts'
import { describeSpeech } from '../index.ts'

const env = createEnv()

function speech(text: string) {
  const doc = analyzeText(text, {}, env)
  const read = (span: Span | undefined) => (span ? doc.text.slice(span[0], span[1]) : undefined)
  return describeSpeech(doc, env)
    .filter((q) => !q.nested)
    .map((q) => ({
      kind: q.kind,
      said: read(q.span),
      by: read(q.antecedent ?? q.speakerMention),
      cue: q.cue?.map(read).join(' … '),
    }))
}

describe('findQuotes', () => {
  // [text, kind, words said, speaker, cue]
  it.each([
    [
      'Das Treffen sei „offen und nützlich“ gewesen, sagte Lawrow.',
      'mixed',
      'Das Treffen sei „offen und nützlich“ gewesen',
      'Lawrow',
      'sagte',
    ],
    [
      'Seine Regierung warte nicht auf die nächsten Schritte Russlands, so Blinken weiter.',
      'indirect',
      'Seine Regierung warte nicht auf die nächsten Schritte Russlands',
      'Blinken',
      'so',
    ],
    [
      'Es gebe Sorgen um die Sicherheit der dort lebenden Russen, teilt Duma-Präsident Wjatscheslaw Wolodin mit.',
      'indirect',
      'Es gebe Sorgen um die Sicherheit der dort lebenden Russen',
      'Duma-Präsident Wjatscheslaw Wolodin',
      'teilt … mit',
    ],
    [
      'Blinken wies allerdings darauf hin, dass die Beistandspflicht alle Mitglieder der Allianz umfasse.',
      'indirect',
      'dass die Beistandspflicht alle Mitglieder der Allianz umfasse',
      'Blinken',
      'wies … hin',
    ],
    [
      'Wie sein Anwalt Hartmut Lierow mitteilte, brach er offenbar auf der Straße zusammen.',
      'indirect',
      'brach er offenbar auf der Straße zusammen',
      'sein Anwalt Hartmut Lierow',
      'Wie … mitteilte',
    ],
    [
      '„Ich habe die Position der Vereinigten Staaten übermittelt“, so Blinken.',
      'direct',
      '„Ich habe die Position der Vereinigten Staaten übermittelt“',
      'Blinken',
      'so',
    ],
    [
      'Das russische Außenministerium forderte den Abzug von NATO-Truppen aus Rumänien.',
      'reported',
      'Das russische Außenministerium forderte den Abzug von NATO-Truppen aus Rumänien.',
      'Das russische Außenministerium',
      'forderte',
    ],
    [
      'Nach Angaben der Polizei habe der Mann Flugblätter verteilt.',
      'indirect',
      'habe der Mann Flugblätter verteilt',
      'Angaben der Polizei',
      'Nach',
    ],
    [
      'Ersten Angaben zufolge handele es sich um vier Terroristen.',
      'indirect',
      'handele es sich um vier Terroristen',
      'Ersten Angaben',
      'zufolge',
    ],
    // SpkAtt train: a time adverbial with "Um" opens the frame, not a subordinate clause
    [
      'Um 10:05 Uhr meldete die Internet-Nachrichtensite „Golem“, Wikimedia Deutschland habe den Zusammenhang bestätigt.',
      'indirect',
      'Wikimedia Deutschland habe den Zusammenhang bestätigt',
      'die Internet-Nachrichtensite „Golem“',
      'meldete',
    ],
    [
      'Als er in Genf ankam, sagte Lawrow, das Treffen sei nützlich.',
      'indirect',
      'das Treffen sei nützlich',
      'Lawrow',
      'sagte',
    ],
    [
      'Ein Sprecher der Polizei, Commander Randy Henderson sagte, das Flugzeug sei tief geflogen.',
      'indirect',
      'das Flugzeug sei tief geflogen',
      'Ein Sprecher der Polizei, Commander Randy Henderson',
      'sagte',
    ],
    [
      'Sie räumte zwar ein, es könnten Arbeitsplätze verloren gehen, sprach aber von einem offenen Prozess.',
      'indirect',
      'es könnten Arbeitsplätze verloren gehen',
      'Sie',
      'räumte … ein',
    ],
    [
      'Die Gefährdung ist bei Frauen höher, stellten die Wissenschaftler außerdem fest.',
      'indirect',
      'Die Gefährdung ist bei Frauen höher',
      'die Wissenschaftler',
      'stellten … fest',
    ],
    [
      'Die taz vermutet, dass der Zugriff schon heute üblich ist.',
      'indirect',
      'dass der Zugriff schon heute üblich ist',
      'Die taz',
      'vermutet',
    ],
    [
      'Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes, sagte, dass der Antrag keine Vorentscheidung sei.',
      'indirect',
      'dass der Antrag keine Vorentscheidung sei',
      'Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes',
      'sagte',
    ],
    [
      'Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe viele Brände gesehen.“',
      'direct',
      '„Ich habe viele Brände gesehen.“',
      'Einer der 13 beteiligten Feuerwehrmänner',
      'sagte',
    ],
    [
      'Ministerin Gitta Trauernicht (SPD) sagte am Samstag: „Es gibt keine Einwände.“',
      'direct',
      '„Es gibt keine Einwände.“',
      'Ministerin Gitta Trauernicht (SPD)',
      'sagte',
    ],
    [
      'Es handele sich ersten Angaben zufolge um vier Terroristen.',
      'indirect',
      'Es handele sich ersten Angaben zufolge um vier Terroristen',
      'ersten Angaben',
      'zufolge',
    ],
    [
      'Seinen Ausstieg aus der Serie hatte Delmare im Oktober selbst angekündigt.',
      'reported',
      'Seinen Ausstieg aus der Serie hatte Delmare im Oktober selbst angekündigt.',
      'Delmare',
      'hatte … angekündigt',
    ],
    // SpkAtt train: a possessive "Ihr", an age written as a noun, the subject of the first of two coordinated verbs
    [
      'Ihr Vorsitzender Eberhard Brandt erklärte, die Rechtssicherheit sei nicht gewährleistet.',
      'indirect',
      'die Rechtssicherheit sei nicht gewährleistet',
      'Ihr Vorsitzender Eberhard Brandt',
      'erklärte',
    ],
    [
      'Am Montag sagte der 81-jährige in einem Interview, dass die Maus tot gewesen sei.',
      'indirect',
      'dass die Maus tot gewesen sei',
      'der 81-jährige',
      'sagte',
    ],
    [
      'Im Januar legte er sein Amt nieder und verkündete, sich um Projekte kümmern zu wollen.',
      'indirect',
      'sich um Projekte kümmern zu wollen',
      'er',
      'verkündete',
    ],
    // SpkAtt train: a fronted phrase is no speaker ("Als Begründung", "Bezüglich des Startortes", "Der Politik … er")
    [
      'Als Begründung sagte ein Wissenschaftler, das Feld sei sehr breit.',
      'indirect',
      'das Feld sei sehr breit',
      'ein Wissenschaftler',
      'sagte',
    ],
    [
      'Bezüglich des Startortes meldet die Nachrichtenagentur Xinhua, die Maschine sei losgeflogen.',
      'indirect',
      'die Maschine sei losgeflogen',
      'die Nachrichtenagentur Xinhua',
      'meldet',
    ],
    [
      'Der Politik schlug er vor, sich an US-Modellen zu orientieren.',
      'indirect',
      'sich an US-Modellen zu orientieren',
      'er',
      'schlug … vor',
    ],
    // an impersonal frame after a subordinate clause; "sprach" before words in Konjunktiv I
    [
      'Als sie nach Berlin gingen, hieß es, sie würden die erste Gelegenheit ergreifen.',
      'indirect',
      'sie würden die erste Gelegenheit ergreifen',
      undefined,
      'hieß … es',
    ],
    [
      'Sie kam eines Abends zu ihm und sprach, jetzt habe er noch drei Tage auszuhalten.',
      'indirect',
      'jetzt habe er noch drei Tage auszuhalten',
      'Sie',
      'sprach',
    ],
    [
      'Und später sagte Schurz: - „Es ist nicht der Erfolg, den ich fürchte.“',
      'direct',
      '„Es ist nicht der Erfolg, den ich fürchte.“',
      'Schurz',
      'sagte',
    ],
    // the thought of the person "es" happens to
    [
      'Es wunderte ihn nur, daß sein Freund schwieg.',
      'indirect',
      'daß sein Freund schwieg',
      'ihn',
      'wunderte',
    ],
    // a noun of saying whose clause closes with its verbs before the words
    [
      'Aber ich möchte in aller Bescheidenheit die Vermutung aussprechen, daß ein Überfall kaum möglich sei.',
      'indirect',
      'daß ein Überfall kaum möglich sei',
      'ich',
      'Vermutung',
    ],
    // an article after the comma opens no relative clause when its noun phrase is followed by the verb
    [
      'Unsre Zeit war der Meinung, die politischen Zustände hätten mit der Literatur nichts zu schaffen.',
      'indirect',
      'die politischen Zustände hätten mit der Literatur nichts zu schaffen',
      'Unsre Zeit',
      'Meinung',
    ],
    [
      'Er sprach die Ueberzeugung aus, derselbe habe sich entfernt.',
      'indirect',
      'derselbe habe sich entfernt',
      'Er',
      'Ueberzeugung',
    ],
    // a verb-final frame whose auxiliary follows the participle
    [
      'Er hatte ihn lange nicht gesehen, als ihm gemeldet wurde, daß ein Herr um die Ehre bitte.',
      'indirect',
      'daß ein Herr um die Ehre bitte',
      undefined,
      'gemeldet … wurde',
    ],
    // words in the speaker's own person without quotation marks are direct speech
    [
      'Hier ist Euer deutscher Paß, sagte der Sekretär.',
      'direct',
      'Hier ist Euer deutscher Paß',
      'der Sekretär',
      'sagte',
    ],
    // a frame inside the words
    [
      'Die Lage, sagte Lawrow, sei ernst.',
      'indirect',
      'Die Lage, sagte Lawrow, sei ernst',
      'Lawrow',
      'sagte',
    ],
    [
      'Die Verhandlungen würden, wie Lawrow mitteilte, in Genf fortgesetzt.',
      'indirect',
      'Die Verhandlungen würden, wie Lawrow mitteilte, in Genf fortgesetzt',
      'Lawrow',
      'wie … mitteilte',
    ],
    [
      'Der Mann wurde, wie die Polizei mitteilte, festgenommen.',
      'indirect',
      'Der Mann wurde, wie die Polizei mitteilte, festgenommen',
      'die Polizei',
      'wie … mitteilte',
    ],
    // an infinitive with "zu" that no comma sets off
    ['Seit diesem Abend glaubte er sie zu kennen.', 'indirect', 'sie zu kennen', 'er', 'glaubte'],
    // Redewiedergabe: the frame is a later clause of the sentence, its subject after the conjunction
    [
      'Kaum waren sie fertig, als sie erklärte, dieser Kopfputz sei unerträglich steif.',
      'indirect',
      'dieser Kopfputz sei unerträglich steif',
      'sie',
      'erklärte',
    ],
    [
      'Der Minister blieb im Saal, nachdem Lawrow erklärt hatte, dass er nichts davon wisse.',
      'indirect',
      'dass er nichts davon wisse',
      'Lawrow',
      'erklärt … hatte',
    ],
    [
      'Die Frau zögerte lange und bat schließlich, daß der Junge mitgehen möge.',
      'indirect',
      'daß der Junge mitgehen möge',
      'Die Frau',
      'bat',
    ],
    [
      'Die Kunde, daß der Fremde ein Engländer sei, verbreitete sich rasch.',
      'indirect',
      'daß der Fremde ein Engländer sei',
      undefined,
      'Kunde',
    ],
    // SpkAtt train: a passive names its speaker with "von"; a relative clause's verb is no modal of the cue
    [
      'Von den Behörden in beiden Staaten wird angenommen, dass Drogenschmuggel zu dem Zwischenfall führte.',
      'indirect',
      'dass Drogenschmuggel zu dem Zwischenfall führte',
      'den Behörden',
      'wird … angenommen',
    ],
    [
      'In einer Videobotschaft, die in der Nacht eingespielt wurde, sagte Thaksin, man werde kämpfen.',
      'indirect',
      'man werde kämpfen',
      'Thaksin',
      'sagte',
    ],
    // SpkAtt train: subjects with prepositional attributes, a demonstrative, a coordinated verb, a modal before the cue
    [
      'Ken Rice vom Institut für Astronomie in Edinburgh erklärte, die Entdeckung werfe ein neues Licht auf die Theorie.',
      'indirect',
      'die Entdeckung werfe ein neues Licht auf die Theorie',
      'Ken Rice vom Institut für Astronomie in Edinburgh',
      'erklärte',
    ],
    [
      'Ärzte ohne Grenzen teilte mit, drei Flugzeuge seien in Rangun gelandet.',
      'indirect',
      'drei Flugzeuge seien in Rangun gelandet',
      'Ärzte ohne Grenzen',
      'teilte … mit',
    ],
    [
      'Dieser bestätigte, dass auch der unterlegene Kandidat protestiert habe.',
      'indirect',
      'dass auch der unterlegene Kandidat protestiert habe',
      'Dieser',
      'bestätigte',
    ],
    [
      'Podolski war ebenfalls anwesend und sagte bei der Gelegenheit, er freue sich über den Wechsel.',
      'indirect',
      'er freue sich über den Wechsel',
      'Podolski',
      'sagte',
    ],
    [
      'Heute will Außenminister Straw vor dem Parlament bekannt geben, dass das Verfahren ausgesetzt werde.',
      'indirect',
      'dass das Verfahren ausgesetzt werde',
      'Außenminister Straw',
      'will … bekannt … geben',
    ],
    [
      'eBay hält es für möglich, dass das Papa-Mobil den Rekord bricht.',
      'indirect',
      'dass das Papa-Mobil den Rekord bricht',
      'eBay',
      'hält',
    ],
    [
      'Das Ministerium hat Pressemeldungen der New York Times zurückgewiesen, wonach Inspektoren der Zutritt verweigert worden sei.',
      'indirect',
      'Inspektoren der Zutritt verweigert worden sei',
      'Pressemeldungen der New York Times',
      'wonach',
    ],
    [
      'Besorgt äußerte sich Kofi Annan, die Gewalt nehme zu.',
      'indirect',
      'die Gewalt nehme zu',
      'Kofi Annan',
      'äußerte',
    ],
    [
      'BKA-Präsident Ziercke: „Mit diesem Ermittlungsansatz setzt das BKA ein deutliches Signal.“',
      'direct',
      '„Mit diesem Ermittlungsansatz setzt das BKA ein deutliches Signal.“',
      'BKA-Präsident Ziercke',
      '',
    ],
    [
      'Ali bekannte sich in ihrer Rede zu einem Dialog mit dem Islam: „Ich begrüße, dass Europa auf den Dialog setzt.“',
      'direct',
      '„Ich begrüße, dass Europa auf den Dialog setzt.“',
      'Ali',
      '',
    ],
    [
      'Mit Befremden reagierte die CDU auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, auf die SPD zuzugehen.',
      'indirect',
      'auf die SPD zuzugehen',
      'des CSU-Vorsitzenden Edmund Stoiber',
      'Forderung',
    ],
    [
      'Die Experten kamen zu dem Ergebnis, dass es keinerlei Beweise dafür gäbe.',
      'indirect',
      'dass es keinerlei Beweise dafür gäbe',
      'Die Experten',
      'Ergebnis',
    ],
    [
      'Der Richter lehnte die Forderung der Verteidigung, Beweise erneut zu prüfen, ab.',
      'indirect',
      'Beweise erneut zu prüfen',
      'der Verteidigung',
      'Forderung',
    ],
    [
      'Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet.',
      'reported',
      'Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet.',
      'Bundesverkehrsminister Manfred Stolpe',
      'wurden … bezeichnet',
    ],
    [
      'Transparency International, Campact und LobbyControl werfen Norbert Lammert Verzögerung vor.',
      'reported',
      'Transparency International, Campact und LobbyControl werfen Norbert Lammert Verzögerung vor.',
      'Transparency International, Campact und LobbyControl',
      'werfen … vor',
    ],
    [
      'Albrecht Conze, der politische Direktor der UN-Mission im Kongo, bezeichnete die Reise als hilfreich.',
      'reported',
      'Albrecht Conze, der politische Direktor der UN-Mission im Kongo, bezeichnete die Reise als hilfreich.',
      'Albrecht Conze, der politische Direktor der UN-Mission im Kongo',
      'bezeichnete',
    ],
    [
      'Eine Verschiebung des Wahltermins bezeichnete er als fatal.',
      'reported',
      'Eine Verschiebung des Wahltermins bezeichnete er als fatal.',
      'er',
      'bezeichnete',
    ],
    [
      'Nach Einschätzung politischer Beobachter war der Zusammenstoß provoziert worden.',
      'indirect',
      'war der Zusammenstoß provoziert worden',
      'Einschätzung politischer Beobachter',
      'Nach',
    ],
    [
      'Nach Angaben seines Vermögensverwalters verstarb er in seinem Haus.',
      'indirect',
      'verstarb er in seinem Haus',
      'Angaben seines Vermögensverwalters',
      'Nach',
    ],
    [
      'Nach Meinung von Mike Brown, Professor am California Institute of Technology, könnte das Objekt Neptun nahe kommen.',
      'indirect',
      'könnte das Objekt Neptun nahe kommen',
      'Meinung von Mike Brown, Professor am California Institute of Technology',
      'Nach',
    ],
    [
      'Angesichts der Katastrophe hat das Land die Gemeinschaft um Unterstützung gebeten.',
      'reported',
      'Angesichts der Katastrophe hat das Land die Gemeinschaft um Unterstützung gebeten.',
      'das Land',
      'hat … gebeten',
    ],
    [
      'Seit Mitternacht wurden nach Armeeangaben 35 Angriffe geflogen.',
      'indirect',
      'Seit Mitternacht wurden nach Armeeangaben 35 Angriffe geflogen',
      'Armeeangaben',
      'nach',
    ],
    [
      'Laut bildblog.de veröffentlichte das Ministerium einen Bericht.',
      'indirect',
      'veröffentlichte das Ministerium einen Bericht',
      'bildblog.de',
      'Laut',
    ],
    [
      'Nach Grupps Meinung werden Entscheidungen im Größenwahn getroffen.',
      'indirect',
      'werden Entscheidungen im Größenwahn getroffen',
      'Grupps Meinung',
      'Nach',
    ],
    [
      'Die Regierung herrscht ihrer Meinung nach zu Unrecht.',
      'indirect',
      'Die Regierung herrscht ihrer Meinung nach zu Unrecht',
      'ihrer Meinung',
      'nach',
    ],
    [
      'In dem Bericht heißt es, die Regierung habe versagt.',
      'indirect',
      'die Regierung habe versagt',
      'dem Bericht',
      'heißt … es',
    ],
    [
      'Aus dem Bericht geht hervor, dass die Regierung versagt hat.',
      'indirect',
      'dass die Regierung versagt hat',
      'dem Bericht',
      'geht … hervor',
    ],
    [
      'Allerdings wurde inzwischen auch bekannt, dass kein Windradar vorhanden ist.',
      'indirect',
      'dass kein Windradar vorhanden ist',
      undefined,
      'wurde … bekannt',
    ],
    [
      'Sein Rivale McCain, so Obama weiter, würde massiv Spenden erhalten.',
      'indirect',
      'Sein Rivale McCain, so Obama weiter, würde massiv Spenden erhalten',
      'Obama',
      'so',
    ],
    [
      'Kaum nachvollziehbar, ein Kleinkind musste auf Alkoholentzug, so der National Health Service (NHS).',
      'indirect',
      'Kaum nachvollziehbar, ein Kleinkind musste auf Alkoholentzug',
      'der National Health Service (NHS)',
      'so',
    ],
    [
      'Denn wie die „Bild“-Zeitung in ihrer Ausgabe berichtete, leidet Delmare an Alzheimer.',
      'indirect',
      'leidet Delmare an Alzheimer',
      'die „Bild“-Zeitung in ihrer Ausgabe',
      'wie … berichtete',
    ],
    [
      'Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, hat die Regierung sechs Hubschrauber im Einsatz.',
      'indirect',
      'hat die Regierung sechs Hubschrauber im Einsatz',
      'Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok',
      'Wie … mitteilte',
    ],
    [
      'Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte.',
      'indirect',
      'Die Chemikalie stand unter Druck',
      'Burt Rutan, Chef der Firma Scaled Composites',
      'wie … mitteilte',
    ],
    [
      'Seit dem 19. Juni ist die Hauptkamera ausgefallen, das teilte das „Space Telescope Science Institute“ (STSI) mit.',
      'indirect',
      'Seit dem 19. Juni ist die Hauptkamera ausgefallen',
      'das „Space Telescope Science Institute“ (STSI)',
      'teilte … mit',
    ],
    [
      'Nach der Veröffentlichung meldete der Radiosender, Radio Vatikan, dass die Enzyklika gut verkauft wird.',
      'indirect',
      'dass die Enzyklika gut verkauft wird',
      'der Radiosender, Radio Vatikan',
      'meldete',
    ],
    [
      'Der bayerische CSU-Vorsitzende, Edmund Stoiber, warf der SPD eine Fehlentwicklung vor.',
      'reported',
      'Der bayerische CSU-Vorsitzende, Edmund Stoiber, warf der SPD eine Fehlentwicklung vor.',
      'Der bayerische CSU-Vorsitzende, Edmund Stoiber',
      'warf … vor',
    ],
    [
      'Zudem berichteten viele Zeitungen darüber.',
      'reported',
      'Zudem berichteten viele Zeitungen darüber.',
      'viele Zeitungen',
      'berichteten',
    ],
    [
      'Ohrenzeugen berichteten von einem lauten Knall.',
      'reported',
      'Ohrenzeugen berichteten von einem lauten Knall.',
      'Ohrenzeugen',
      'berichteten',
    ],
    [
      'UNICEF schätzt die Zahl der Kinder auf 150 Millionen.',
      'reported',
      'UNICEF schätzt die Zahl der Kinder auf 150 Millionen.',
      'UNICEF',
      'schätzt',
    ],
    [
      'Nach ersten Informationen wurden keine Menschen verletzt.',
      'indirect',
      'wurden keine Menschen verletzt',
      'ersten Informationen',
      'Nach',
    ],
    [
      'Marta Kovač, deren Behörde für die Häfen zuständig ist, sagte, dass drei Schiffe festgesetzt wurden.',
      'indirect',
      'dass drei Schiffe festgesetzt wurden',
      'Marta Kovač',
      'sagte',
    ],
    [
      'Vorstand Erich Berger, zuständig für das Auslandsgeschäft, hatte im Juni angekündigt, Filialen zu schließen.',
      'indirect',
      'Filialen zu schließen',
      'Vorstand Erich Berger',
      'hatte … angekündigt',
    ],
    [
      'Jana Holm, Fraktionschefin von Bündnis 90/Die Grünen, kritisierte: „Der Minister hat nichts verstanden.“',
      'direct',
      '„Der Minister hat nichts verstanden.“',
      'Jana Holm, Fraktionschefin von Bündnis 90/Die Grünen',
      'kritisierte',
    ],
    [
      'Weiterhin erklärte die Ministerin, die Zahl der Anmeldungen sei gestiegen.',
      'indirect',
      'die Zahl der Anmeldungen sei gestiegen',
      'die Ministerin',
      'erklärte',
    ],
    [
      'Relativierend fügt Gall hinzu: „Das gilt für alle Versammlungen.“',
      'direct',
      '„Das gilt für alle Versammlungen.“',
      'Gall',
      '',
    ],
    [
      'Der Unternehmer wird beschuldigt, Steuern in Millionenhöhe hinterzogen zu haben.',
      'indirect',
      'Steuern in Millionenhöhe hinterzogen zu haben',
      undefined,
      'wird … beschuldigt',
    ],
    [
      'Nach dem Treffen sagte Manfred Berg, der Dekan der Fakultät, dass die Arbeit geprüft werde.',
      'indirect',
      'dass die Arbeit geprüft werde',
      'Manfred Berg, der Dekan der Fakultät',
      'sagte',
    ],
    [
      'In einem Interview sagte dieser, dass der Sänger in seiner eigenen Welt lebe.',
      'indirect',
      'dass der Sänger in seiner eigenen Welt lebe',
      'dieser',
      'sagte',
    ],
    [
      'OPEC-Generalsekretär Abdalla al Badri sagte dazu, man wolle die Entwicklung beobachten.',
      'indirect',
      'man wolle die Entwicklung beobachten',
      'OPEC-Generalsekretär Abdalla al Badri',
      'sagte',
    ],
    [
      'Per Dekret ordnete der Präsident die Schließung der Grenzen an.',
      'reported',
      'Per Dekret ordnete der Präsident die Schließung der Grenzen an.',
      'der Präsident',
      'ordnete … an',
    ],
  ])('%s', (text, kind, said, by, cue) => {
    expect(speech(text)[0]).toEqual({ kind, said, by, cue })
  })

  it('carries the speaker on through Konjunktiv sentences and resolves "er"', () => {
    const found = speech(
      'Das Treffen sei offen gewesen, sagte Lawrow. Der Dialog werde fortgesetzt, kündigte er an. Präsident Putin sei immer bereit.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['Das Treffen sei offen gewesen', 'Lawrow'],
      ['Der Dialog werde fortgesetzt', 'Lawrow'],
      ['Präsident Putin sei immer bereit.', 'Lawrow'],
    ])
  })

  it.each([
    ['Es gehe um die „Volksrepublik Donezk“.', '„Volksrepublik Donezk“'],
    ['Die Übung „Alliierte Entschlossenheit“ soll im Februar stattfinden.', '„Alliierte Entschlossenheit“'],
    ['Das berichtete die „Times“ am Freitag.', '„Times“'],
  ])('takes no name in quotation marks for a quote: %s', (text, name) => {
    expect(speech(text).some((q) => q.said === name)).toBe(false)
  })

  it('takes unquoted words after a colon frame as direct speech unless they are in Konjunktiv I', () => {
    const found = speech(
      'Es war kalt. Der Förster erwiderte: Wer hilft uns jetzt? Lawrow sagte: Die NATO müsse sich zurückziehen.',
    )
    expect(found.map((q) => [q.kind, q.said, q.by])).toEqual([
      ['direct', 'Wer hilft uns jetzt?', 'Der Förster'],
      ['indirect', 'Die NATO müsse sich zurückziehen', 'Lawrow'],
    ])
  })

  it('does not take a narrator conditional for speech', () => {
    expect(speech('Russland könnte die Ukraine angreifen. Die Lage wäre dann sehr ernst.')).toEqual([])
  })

  it('reads a word in -e before a noun as an adjective after a preposition, a comma or an adverb, as a verb after its subject', () => {
    expect(speech('Eines Abends ging sie aus, um frische Luft zu schöpfen.')).toEqual([])
    expect(speech('Im Feuilleton wechseln ernste Aufsätze und heitere Plaudereien.')).toEqual([])
    expect(speech('Eine lauernde, heiße Neugier war in ihr.')).toEqual([])
    expect(speech('Er flüchtete sich ins Zimmer, da stand der runde eichene Tisch.')).toEqual([])
    expect(speech('Der kühle Luftzug am Morgen.')).toEqual([])
    expect(speech('Ihre liebe, frische Jugend, dahin.')).toEqual([])
    expect(speech('Der Sprecher sagte, das sei Sache der Regierung.').map((q) => q.said)).toEqual([
      'das sei Sache der Regierung',
    ])
    const found = speech(
      'Der Minister sagte, man brauche Zeit. Nun sei Eile geboten. Kein Mensch habe Lust auf Krieg.',
    )
    expect(found.map((q) => q.said)).toEqual([
      'man brauche Zeit',
      'Nun sei Eile geboten. Kein Mensch habe Lust auf Krieg.',
    ])
  })

  it("takes the main clause after a verb-final clause for the sentence's own, not for the words of its verb", () => {
    expect(speech('Wenn ein Realist einmal glaubt, dann zwingt ihn sein Realismus zum Wunder.')).toEqual([])
    expect(
      speech('Ich hatte keinen, dem ich es erzählen konnte, oder der meine Klage verstanden hat.'),
    ).toEqual([])
    const found = speech(
      'Ich erinnere mich des Aufsehens, das sie erregt hatte; ich muß gestehen, auch auf mich machte sie Eindruck.',
    )
    expect(found.map((q) => q.said)).toEqual(['auch auf mich machte sie Eindruck'])
  })

  it('takes no cue verb for a frame after the words when its clause has a verb of its own', () => {
    const text =
      'Der Globe bespricht den Kampf um Deutschland, wobei sich das Blatt, wie früher, entschieden auf Seite Preußens neigt.'
    expect(speech(text)).toEqual([])
    expect(speech('Die Lage sei ernst, sagte Lawrow und verließ den Saal.').map((q) => q.said)).toEqual([
      'Die Lage sei ernst',
    ])
  })

  it('reads a noun of saying also with the dative or genitive ending of old print', () => {
    const found = speech('Er verließ die Stadt unter dem Vorwande, er müsse nach Moskau.')
    expect(found.map((q) => [q.said, q.cue])).toEqual([['er müsse nach Moskau', 'Vorwande']])
  })

  it('takes a main clause with "so" after a frame for the narrator\'s, even when Konjunktiv follows further on', () => {
    const text =
      'Wenn man darin einen Indifferentismus erkennen will, so müssen die Männer, die ihn kennen, den Wunsch aussprechen, man möge ihn schonen.'
    expect(speech(text).map((q) => q.said)).toEqual(['man möge ihn schonen'])
  })

  it('supplies the comma that old print leaves out before "daß", but not inside "so daß" or "Kaum daß"', () => {
    const said = (text: string) => speech(text).map((q) => [q.said, q.cue])
    expect(said('Nichtsdestoweniger glauben wir kaum daß das Einkommen mehr betragen werde.')).toEqual([
      ['daß das Einkommen mehr betragen werde', 'glauben'],
    ])
    expect(said('Er erzählte ihm daß er fortgelaufen sei.')).toEqual([
      ['daß er fortgelaufen sei', 'erzählte'],
    ])
    expect(said('Er arbeitete hart, so daß er bald reich war.')).toEqual([])
    expect(said('Kaum daß er da war, sagte er, es sei kalt.')).toEqual([['es sei kalt', 'sagte']])
  })

  it('finds the speaker after a reflexive pronoun, and a demonstrative after "so" stands for the one named last', () => {
    const found = speech(
      '„Kontraproduktiv waren einige Kollegen“, erinnerte sich Trotnow später. Der Verband kritisierte die Zucht. „Das Elend geht weiter“, so letztere.',
    )
    expect(found.filter((q) => q.kind === 'direct').map((q) => [q.said, q.by])).toEqual([
      ['„Kontraproduktiv waren einige Kollegen“', 'Trotnow'],
      ['„Das Elend geht weiter“', 'Der Verband'],
    ])
  })

  it('reads "fuhr … fort" and "schrieb … zurück" as cues', () => {
    const found = speech(
      '„Wir werden sehen“, fuhr er fort. Er schrieb an die Regierung zurück, daß er nicht widerstehen könne.',
    )
    expect(found.map((q) => [q.said, q.cue])).toEqual([
      ['„Wir werden sehen“', 'fuhr … fort'],
      ['daß er nicht widerstehen könne', 'schrieb … zurück'],
    ])
  })

  it('takes the present participle of a cue verb, alone in its clause, as the frame of the clause after it', () => {
    const said = (text: string) => speech(text).map((q) => [q.said, q.by, q.cue])
    expect(said('Er hielt uns Reden vor, erklärend, daß wir als Gefangene angesehen würden.')).toEqual([
      ['daß wir als Gefangene angesehen würden', 'Er', 'erklärend'],
    ])
    expect(
      said('Die Geistlichkeit, wohl einsehend, daß der Priester sich vergangen habe, bat um Gnade.'),
    ).toEqual([['daß der Priester sich vergangen habe', 'Die Geistlichkeit', 'einsehend']])
    expect(said('Er ging lachend, singend und tanzend nach Hause.')).toEqual([])
  })

  it('reads "meinen" before a noun as the possessive, elsewhere as the cue verb', () => {
    expect(speech('Staubteilchen tanzten vor meinen Augen, daß mir die Sinne fast vergingen.')).toEqual([])
    expect(speech('Die Experten meinen, dass die Lage ernst sei.').map((q) => q.said)).toEqual([
      'dass die Lage ernst sei',
    ])
    // "meine" too: the possessive before a noun, the verb of "Ich meine, …"
    expect(speech('Meine Frau sagt, die Lage sei ernst.').map((q) => [q.said, q.by])).toEqual([
      ['die Lage sei ernst', 'Meine Frau'],
    ])
    expect(
      speech('Ich meine also, wir Bauern könnten im Winter viel lernen.').map((q) => [q.said, q.cue]),
    ).toEqual([['wir Bauern könnten im Winter viel lernen', 'meine']])
  })

  it('continues no report with the Konjunktiv II of a narrator who says "ich"', () => {
    const found = speech('Er sagte, sie werde sterben. Wenn ich daran dachte, hätte ich weinen mögen.')
    expect(found.map((q) => q.said)).toEqual(['sie werde sterben'])
  })

  it('reads "da" before a verb as the adverb of a main clause, whose indicative ends a report', () => {
    const found = speech(
      'Er sagte, sie werde sterben. Wenn er im Wald war, da kam ihm der Gedanke, sie hätte weinen mögen.',
    )
    expect(found.map((q) => q.said)).toEqual(['sie werde sterben'])
  })

  it("takes the writer's aside and a wish in Konjunktiv I for nobody's words, unless the aside was remarked", () => {
    const said = (text: string) => speech(text).map((q) => q.said)
    expect(
      said('Er sprach von Fortschritten. Zur Volkszählung sei bemerkt, daß die älteste 1590 stattfand.'),
    ).toEqual(['Er sprach von Fortschritten.'])
    expect(said('Der Pfarrer sagte, er sei ein guter Mann gewesen. Er ruhe in Frieden.')).toEqual([
      'er sei ein guter Mann gewesen',
    ])
    expect(said('Der Sprecher sagte, es sei bemerkt worden, dass Geld fehle.')).toEqual([
      'es sei bemerkt worden, dass Geld fehle',
    ])
  })

  it('reads first-person forms that look like Konjunktiv I as indicative: "Ich lehne sie ab"', () => {
    const found = speech('Pau sagte, die Regel sei falsch. Ich lehne sie folglich ab. Ich habe viel gelernt.')
    expect(found.map((q) => q.said)).toEqual(['die Regel sei falsch'])
  })

  it('goes on with narration after a report when no verb is Konjunktiv: "einige", "lange", "möchte"', () => {
    const found = speech(
      'Bush sagte, der Druck sei groß. Diesen Druck möchte er vermeiden. Einige Sonderrechte verbleiben für lange Zeit beim Staat.',
    )
    expect(found.map((q) => q.said)).toEqual(['der Druck sei groß'])
  })

  it('passes reportative "sollen" on: alone with a perfect infinitive, after a report also as a plan', () => {
    expect(speech('Er soll zwei Menschen eingeschleust haben.')).toEqual([
      {
        kind: 'freeIndirect',
        said: 'Er soll zwei Menschen eingeschleust haben.',
        by: undefined,
        cue: undefined,
      },
    ])
    const found = speech(
      'Die Polizei teilte mit, der Mann sei gefasst worden. Er soll zwei Menschen getötet haben. Auch die Helfer sollen bestraft werden.',
    )
    expect(found.map((q) => [q.kind, q.said, q.by])).toEqual([
      ['indirect', 'der Mann sei gefasst worden', 'Die Polizei'],
      [
        'freeIndirect',
        'Er soll zwei Menschen getötet haben. Auch die Helfer sollen bestraft werden.',
        'Die Polizei',
      ],
    ])
    expect(speech('Die Brücke soll 2025 fertig sein.')).toEqual([])
  })

  it.each([
    'Nach dem Spiel sagte er nichts.',
    'Die Leser schätzen die Zeitung sehr.',
    'Überschwemmungen haben in Äthiopien mehr als 100 Todesopfer gefordert.',
    'Täglich haben etwa eine Million Nutzer die Seite aufgerufen.',
    'Während der Sitzung blieb die Tür zu.',
    'Nach den Überschwemmungen wird der Ausbruch von Cholera befürchtet.',
  ])('takes a preposition with no source noun for no attribution: %s', (text) => {
    expect(speech(text)).toEqual([])
  })

  it('keeps "Demnach" as the mention and points it back to the source before it', () => {
    const found = speech(
      'Es ist laut dem Nachrichtenmagazin Focus zu weiteren Zwischenfällen gekommen. Demnach haben Jagdflugzeuge Hubschrauber angepeilt.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      [
        'Es ist laut dem Nachrichtenmagazin Focus zu weiteren Zwischenfällen gekommen',
        'dem Nachrichtenmagazin Focus',
      ],
      ['haben Jagdflugzeuge Hubschrauber angepeilt', 'dem Nachrichtenmagazin Focus'],
    ])
  })

  it('continues through a Konjunktiv sentence whose subordinate clause is indicative, not through a main clause in the indicative', () => {
    const found = speech(
      'Ein Regierungssprecher sagte, die Sperre sei aufgehoben. Er wisse auch nicht, was die USA zu diesem Schritt bewogen hatten. Die Polizei brachte Besucher in Sicherheit und habe den Bereich abgeriegelt.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['die Sperre sei aufgehoben', 'Ein Regierungssprecher'],
      ['Er wisse auch nicht, was die USA zu diesem Schritt bewogen hatten.', 'Ein Regierungssprecher'],
    ])
  })

  it('takes every paragraph of a quotation that only its last paragraph closes', () => {
    const text =
      'Der Minister sagte: „Wir haben lange verhandelt. Es gab keine Einigung.\n\n„Wir werden morgen weiterreden.“\n\nDanach reiste er ab.'
    const found = speech(text)
    expect(found.map((q) => [q.kind, q.said])).toEqual([
      ['direct', '„Wir haben lange verhandelt. Es gab keine Einigung.'],
      ['direct', '„Wir werden morgen weiterreden.“'],
    ])
    expect(found[0]?.by).toBe('Der Minister')
  })

  it('runs a quotation that never closes to the end of its paragraph, and one that never opens from its start', () => {
    const open = speech(
      'Dann begann er: »Es war vor sechzehn Jahren, daß ich meine Vaterstadt wiedersah. Ich war lange fort gewesen.',
    )
    expect(open.map((q) => [q.kind, q.said, q.by])).toEqual([
      [
        'direct',
        '»Es war vor sechzehn Jahren, daß ich meine Vaterstadt wiedersah. Ich war lange fort gewesen.',
        'er',
      ],
    ])
    const closed = speech('Ich griff nach meinem Stock und wankte hinaus.« Er schwieg lange.')
    expect(closed.map((q) => [q.kind, q.said])).toEqual([
      ['direct', 'Ich griff nach meinem Stock und wankte hinaus.«'],
    ])
    // an apostrophe or a stray mark opens nothing: die 'Lolls', „Times
    expect(speech("Das Fest heißt auch 'Lolls. Es wird in Bad Hersfeld gefeiert.")).toEqual([])
    expect(
      speech("So ein Geschäft gab 's nie, sagte er. Dann hab' ich gelacht und bin auf 'n Bier gegangen.").map(
        (q) => q.said,
      ),
    ).toEqual(["So ein Geschäft gab 's nie"])
    // ditto marks of a price table are no quotation, and a heading line ends one that never closes
    expect(
      speech(
        'Preise: „500 fl. in Gulden „118 3/4 Roggen 96 1/2 Gerste 80 Hafer 61 1/4 Mais 75 1/2 Weizen 99 1/4 bezahlt wird',
      ),
    ).toEqual([])
    const headed = speech(
      'Dort steht zu lesen: „Der Regierungsrat nimmt den Vorschlag an.\nWallenstadt\nHier hat eine Versammlung stattgefunden.',
    )
    expect(headed.map((q) => q.said)).toEqual(['„Der Regierungsrat nimmt den Vorschlag an.'])
  })

  it("finds speech reported inside somebody's own words, nested in the quotation and pointing at it", () => {
    const text =
      '»Ich glaube nur, daß wir beide nicht mehr so glücklich werden«, sagte Sserjoscha. »Ich habe es gesagt.«'
    const doc = analyzeText(text, {}, env)
    const read = (span: Span | undefined) => (span ? doc.text.slice(span[0], span[1]) : undefined)
    const quotes = doc.layers.quotes ?? []
    const outer = quotes.find((q) => read(q.span)?.startsWith('»Ich glaube'))
    const inner = quotes.filter((q) => q.within)
    expect(inner.map((q) => [q.kind, read(q.span), read(q.speakerMention), q.within])).toEqual([
      ['indirect', 'daß wir beide nicht mehr so glücklich werden', 'Ich', outer?.id],
    ])
  })

  it("takes an adverbial clause before a frame for nobody's words, and a frame before a colon for the words after it", () => {
    expect(speech('Als der Bauer keine Brote mehr fand, rief er den Hans.')).toEqual([])
    expect(
      speech('Es war still. Als jemand in das Zimmer trat, fragte sie: »Sind Sie es, Amelie?«').map((q) => [
        q.kind,
        q.said,
        q.by,
      ]),
    ).toEqual([['direct', '»Sind Sie es, Amelie?«', 'sie']])
  })

  it('keeps "Ich glaube, …" after a report the speaker\'s own frame: with "ich" the form is indicative', () => {
    const found = speech('Lawrow sagte, die Lage sei ernst. Ich glaube, es gibt viele Gründe dafür.')
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['die Lage sei ernst', 'Lawrow', 'sagte'],
      ['es gibt viele Gründe dafür', 'Ich', 'glaube'],
    ])
  })

  it('takes no comparison for speech: "als ob …", "als sei …"', () => {
    expect(
      speech(
        'Es war still. Herr von Hohenwart lachte so unbefangen, als ob von einer Beleidigung nicht die Rede sein könne.',
      ),
    ).toEqual([])
    expect(speech('Es war still. Er ging weiter, als sei nichts geschehen.')).toEqual([])
  })

  it('reads past an aside in brackets when it looks for the indicative that ends a report', () => {
    const found = speech(
      'Die Polizei teilte mit, drei Menschen seien verletzt. Der Kleinbus sei auf dem Weg nach Chivay (ein Städtchen das hoch gelegen ist) in einen Abgrund gestürzt.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['drei Menschen seien verletzt', 'Die Polizei'],
      [
        'Der Kleinbus sei auf dem Weg nach Chivay (ein Städtchen das hoch gelegen ist) in einen Abgrund gestürzt.',
        'Die Polizei',
      ],
    ])
  })

  it("ends reported words where the narrator's next main clause begins, and reads no narration as a frame's words", () => {
    const said = (text: string) => speech(`Es war still. ${text}`).map((q) => [q.kind, q.said, q.by])
    expect(said('Er sagte, er wolle lieber dableiben und verdingte sich dem Wirth als Aufwärter.')).toEqual([
      ['indirect', 'er wolle lieber dableiben', 'Er'],
    ])
    expect(
      said(
        'Hans glaubte, daß der Segen an das Haus geknüpft sei, und vor der Spinne fürchtete er sich nicht.',
      ),
    ).toEqual([['indirect', 'daß der Segen an das Haus geknüpft sei', 'Hans']])
    expect(
      said(
        'Er befahl ihm, die Füße der Bettstelle abzusägen; denn da der Dampf nach oben zog, schlief er gern unten.',
      ),
    ).toEqual([['indirect', 'die Füße der Bettstelle abzusägen', 'Er']])
    expect(said('Er seufzte und klagte, mochte weder essen noch trinken.')).toEqual([])
    expect(
      said(
        'Wenn sich die Flotte zur See sogar mit Ehren behauptet hat, so dankte die Nation dies den Mannschaften.',
      ),
    ).toEqual([])
    expect(said('Es waren, wie gesagt, nicht die Blaumaler, die ihr das Seufzerwort entlockten.')).toEqual([])
    // a frame after the words needs its speaker after the verb, and a thought closes only reported words
    expect(said('Die Kinder sprangen auf, vergaßen aber den lieben Papa.')).toEqual([])
    expect(said('Schon bald spürten sie Brandgeruch, ahnten aber keine ernste Gefahr.')).toEqual([])
    // a subordinate clause after the frame, "so" before an adjective, a frame that goes on to a colon or its own object clause
    expect(said('Noch eins, sagte er, indem er ein Kästchen aufschloß.')).toEqual([])
    expect(said('Ich habe nie solche Augen gesehen, so zarte Linien.')).toEqual([])
    expect(
      said('Als der Bauer keine Brote fand, rief er den Hans und fragte: »Wo sind meine Brote?«'),
    ).toEqual([['direct', '»Wo sind meine Brote?«', 'er']])
    expect(
      said('Ich glaubte seine Stimme zu erkennen und mich ermannend, fragte ich, was er vorhabe.'),
    ).toEqual([['indirect', 'was er vorhabe', 'ich']])
    expect(said('Als wir ins Freie kamen, bemerkte ich, daß er den Kopf vorbeugte.')).toEqual([
      ['indirect', 'daß er den Kopf vorbeugte', 'ich'],
    ])
  })

  it("starts a Konjunktiv sentence's words after a main clause of the writer's own, whose subject speaks them", () => {
    const found = speech(
      'Die Behörden erklärten, die Wahl sei frei. Journalisten beschweren sich unterdessen über Behinderungen, nur die Reporter des Staatsfernsehens seien zugelassen.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['die Wahl sei frei', 'Die Behörden'],
      ['nur die Reporter des Staatsfernsehens seien zugelassen.', 'Journalisten'],
    ])
  })

  it('takes a wish in Konjunktiv I that ends in "!" for the writer\'s own, not a continued report', () => {
    const found = speech(
      'Der Bürgermeister sagte, der Verstorbene sei ein guter Mann gewesen. Er ruhe im Frieden!',
    )
    expect(found.map((q) => q.said)).toEqual(['der Verstorbene sei ein guter Mann gewesen'])
  })

  it('keeps a report going through a preterite that may be Konjunktiv II, and never takes an object for the speaker', () => {
    const found = speech(
      'Schavan sagte, die Studie zeige das Gegenteil. Die Beiträge stärkten die Hochschulen, und so würden sie auch wahrgenommen.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['die Studie zeige das Gegenteil', 'Schavan'],
      ['Die Beiträge stärkten die Hochschulen, und so würden sie auch wahrgenommen.', 'Schavan'],
    ])
  })

  it("finds a second frame after the first one's words in the same sentence, and goes on with its speaker", () => {
    const found = speech(
      'Es war still. Lawrow sagte, die Gespräche seien nützlich gewesen, Blinken erklärte dagegen, es gebe keinen Durchbruch. Man werde weiter reden.',
    )
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['die Gespräche seien nützlich gewesen', 'Lawrow', 'sagte'],
      ['es gebe keinen Durchbruch', 'Blinken', 'erklärte'],
      ['Man werde weiter reden.', 'Blinken', undefined],
    ])
  })

  it('reads a finite verb after a comma as a main clause, not as a preposition before a relative pronoun', () => {
    const found = speech(
      'Die Expertin sagte, sie sei sicher. Würde Nordkorea Atomwaffen einsetzen, würde das Land alle Sympathien verlieren.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['sie sei sicher', 'Die Expertin'],
      ['Würde Nordkorea Atomwaffen einsetzen, würde das Land alle Sympathien verlieren.', 'Die Expertin'],
    ])
  })

  it('takes a name in the genitive after a noun of saying for its source', () => {
    const found = speech(
      'Die jetzt erhobene Forderung Preußens, daß der Kurfürst das Ministerium entlasse, gab den Ausschlag.',
    )
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['daß der Kurfürst das Ministerium entlasse', 'Preußens', 'Forderung'],
    ])
  })

  it('reads insisting, confiding and recollecting as frames: "bestand darauf, daß", "vertraute an", "besann sich"', () => {
    const found = speech(
      'Er bestand darauf, daß der Krüger sich das Geld selber hole. Sie vertraute mir an, wie ihr Mann sie verlassen habe. Es dauerte, bis sich der Kaiser besann, daß es an ihm wäre, zu sprechen.',
    )
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['daß der Krüger sich das Geld selber hole', 'Er', 'bestand'],
      ['wie ihr Mann sie verlassen habe', 'Sie', 'vertraute … an'],
      ['daß es an ihm wäre, zu sprechen', 'der Kaiser', 'besann'],
    ])
  })

  it('reads a content clause that opens the sentence as the words of the cue verb in the main clause after it', () => {
    const found = speech(
      'Ob er das Mittel an sich selbst erprobt hat, wissen wir nicht anzugeben. Welcher Investor den Zuschlag erhält, wird im kommenden Jahr entschieden.',
    )
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['Ob er das Mittel an sich selbst erprobt hat', 'wir', 'wissen'],
    ])
  })

  it('goes on with the speaker through a frame whose clause is in Konjunktiv I by its modal, not by its cue', () => {
    const found = speech(
      'Die Magd sagte, sie sei müde. Sie müsse noch in die Stadt, und so wolle sie nur fragen, ob der Herr noch komme.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['sie sei müde', 'Die Magd'],
      ['Sie müsse noch in die Stadt, und so wolle sie nur fragen, ob der Herr noch komme.', 'Die Magd'],
    ])
  })

  it('reads andeuten, enthüllen, konstatieren, zugestehen and offenbaren as cue verbs', () => {
    const found = speech(
      'Er deutete an, dass der Plan gescheitert sei. Die Zeitung enthüllte, dass der Minister gelogen habe.',
    )
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['dass der Plan gescheitert sei', 'Er', 'deutete … an'],
      ['dass der Minister gelogen habe', 'Die Zeitung', 'enthüllte'],
    ])
  })

  it('reads an infinitive clause with "zu" and a cue verb as the frame of the clause after it', () => {
    const found = speech('Der Sprecher weigerte sich, mitzuteilen, ob der Plan gescheitert ist.')
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['ob der Plan gescheitert ist', 'Der Sprecher', 'mitzuteilen'],
    ])
  })

  it('ends the words where the narrator goes on after ", und" with an article, its noun and an indicative verb', () => {
    const found = speech(
      'Er schlug vor, daß man einen Vertrag abschließe, und der König billigt den Gedanken.',
    )
    expect(found.map((q) => q.said)).toEqual(['daß man einen Vertrag abschließe'])
  })

  it('reads the Konjunktiv after an apposition (", sei die …") as the main clause, not as a relative clause', () => {
    const found = speech(
      'Der Forscher sagte, das sei neu. Bei anderen Funden aus der gleichen Zeit, der mittleren Pleistozän, sei die Datierung ungenau.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['das sei neu', 'Der Forscher'],
      [
        'Bei anderen Funden aus der gleichen Zeit, der mittleren Pleistozän, sei die Datierung ungenau.',
        'Der Forscher',
      ],
    ])
  })

  it('takes "meiner Meinung nach" for the writer\'s view, and "seiner Meinung nach" for a source', () => {
    const found = speech(
      'Die Schule soll, meiner Meinung nach, anders werden. Seiner Meinung nach sei das falsch.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([['sei das falsch', 'Seiner Meinung']])
  })

  it('reads an "an" phrase as an object unless the verb addresses somebody with it', () => {
    const found = speech(
      'Die Klerikalen glauben fest an ihre Sicherheit, sie verschmähen jede Selbstbeschränkung.',
    )
    expect(found).toEqual([])
  })

  it('reads a participle with "sein" as a state, no speech act, unless it is a state of knowing', () => {
    const found = speech(
      'Es ist in der Natur ihrer Arbeit begründet, daß Schauspieler nur ihre Rollen sehen. Sie war überzeugt, daß etwas dahinter stecke.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([['daß etwas dahinter stecke', 'Sie']])
  })

  it('reads "was" after an antecedent like "alles" as a relative clause, not as the words', () => {
    const found = speech(
      'Die Frau teilte ihm alles mit, was sich zugetragen hatte. Sie teilte ihm mit, was sich zugetragen hatte.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([['was sich zugetragen hatte', 'Sie']])
  })

  it('resumes a report in Konjunktiv II after a sentence of narration only in the plural, where it stands for Konjunktiv I', () => {
    const found = speech(
      'Lawrow sagte, die Lage sei ernst. Das Treffen dauerte zwei Stunden. Er hätte gern mehr erreicht. Pflugbeil sagte, es gebe Statistiken. Er war mehrmals in Japan. Einige Vertreter würden die Lage verharmlosen.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['die Lage sei ernst', 'Lawrow'],
      ['es gebe Statistiken', 'Pflugbeil'],
      ['Einige Vertreter würden die Lage verharmlosen.', 'Pflugbeil'],
    ])
  })

  it('reads the Konjunktiv I of set phrases ("sei es … oder", "es sei denn") as nobody\'s words', () => {
    const found = speech(
      'Sie kannte die Schwäche der Menschen, allem Fremden, seien es Schmucksachen oder Frauen, den Vorzug zu geben. Es gibt keine Einigung, es sei denn, Moskau lenkt ein. Das Ministerium teilte mit, es habe eine Störung gegeben. Da der Strom ausfiel, sei es in einer Turbine zu Problemen gekommen.',
    )
    expect(found.map((q) => q.said)).toEqual([
      'es habe eine Störung gegeben',
      'Da der Strom ausfiel, sei es in einer Turbine zu Problemen gekommen.',
    ])
  })

  it('takes a title in quotation marks and a lower-case name into the speaker, and no short title for a quote', () => {
    const found = speech(
      'Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass die Arbeit schwieriger werde. Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, es sei ein falscher Eindruck entstanden. Die Gewerkschaft ver.di geht davon aus, dass gestreikt werde.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['dass die Arbeit schwieriger werde', 'Die Organisation „Reporter ohne Grenzen“'],
      ['es sei ein falscher Eindruck entstanden', 'Moritz Wohlrab von der „Aktion Deutschland hilft“'],
      ['dass gestreikt werde', 'Die Gewerkschaft ver.di'],
    ])
  })

  it('reads Fraktur\'s "Jch" as "ich", whose "habe" is indicative, not a report continued', () => {
    const found = speech('Er sagte, es sei spät. Jch habe ihn nicht gesehen.')
    expect(found.map((q) => q.said)).toEqual(['es sei spät'])
  })

  it('reads the writer\'s bidding "Man stelle sich vor" as no report continued, but as the frame of its clause', () => {
    const found = speech(
      'Er sagte, die Lage sei ernst. Man stelle sich nun vor, welche Arbeit dadurch entstünde.',
    )
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['die Lage sei ernst', 'Er', 'sagte'],
      ['welche Arbeit dadurch entstünde', undefined, 'stelle … vor'],
    ])
  })

  it('reads "welche" before an article as a relative pronoun, whose indicative clause is no words of the verb before it', () => {
    const found = speech(
      'Die Regierung hat solche Innungen begrüßt, welche die Rechte der Arbeiter achten. Der Minister erklärte, welche Schritte nötig seien.',
    )
    expect(found.map((q) => [q.kind, q.said])).toEqual([
      ['reported', 'Die Regierung hat solche Innungen begrüßt, welche die Rechte der Arbeiter achten.'],
      ['indirect', 'welche Schritte nötig seien'],
    ])
  })

  it('takes the Konjunktiv of a "bis" clause for expectation, reported only through a Konjunktiv main clause after it', () => {
    const found = speech(
      'Der Hafen hat eine Bürgschaft verlangt, bis daß die Regierung darüber entscheide. Er sagte, bevor die Wahl stattfinde, werde er nichts sagen.',
    )
    expect(found.map((q) => [q.kind, q.said])).toEqual([
      ['reported', 'Der Hafen hat eine Bürgschaft verlangt, bis daß die Regierung darüber entscheide.'],
      ['indirect', 'bevor die Wahl stattfinde, werde er nichts sagen'],
    ])
  })

  it('reads "zufolge" after a conjunction as the preposition "as a consequence of", with no source', () => {
    const found = speech(
      'Wenn zufolge der Vorkehrungen es nöthig sei, daß die Regierung Wohnung verschaffe, wird die Behörde den Verein berufen. Ersten Angaben zufolge handele es sich um vier Terroristen.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['handele es sich um vier Terroristen', 'Ersten Angaben'],
    ])
  })

  it('runs a "daß" clause past the commas of a clause inside it up to its own verb', () => {
    const found = speech(
      'Er sagte, daß die Frau, die dort wohnt, krank ist. Er versicherte, daß sie, solange er lebe, nicht hungern werde. Sie sagte, dass sie kommen, und ging nach Hause.',
    )
    expect(found.map((q) => q.said)).toEqual([
      'daß die Frau, die dort wohnt, krank ist',
      'daß sie, solange er lebe, nicht hungern werde',
      'dass sie kommen',
    ])
  })

  it('reads what seems to somebody ("es kam mir vor, als …") as the thought of that person, a comparison as none', () => {
    const found = speech(
      'Aber es kam mir vor, als müßte ich mich schämen vor den Leuten. Er lachte, als ob davon nicht die Rede sein könne.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([['als müßte ich mich schämen vor den Leuten', 'mir']])
  })

  it('reads a "wie" clause in Konjunktiv I as the words of an indirect question, not as a frame', () => {
    const found = speech(
      'Sie begriffen durchaus nicht, wie der Bauer das alles habe erfahren können. Wie sein Anwalt mitteilte, brach er zusammen.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['wie der Bauer das alles habe erfahren können', 'Sie'],
      ['brach er zusammen', 'sein Anwalt'],
    ])
  })

  it('continues no report through a preterite whose Konjunktiv stands only in a relative or adverbial clause', () => {
    const found = speech(
      'Lawrow sagte, die Lage sei ernst. Eines Tages schickte er sie aus, um nach einem Manne zu suchen, der an einer Nase kenntlich sei. Am Eingang entschuldigte sich der Schreiber, daß er nicht in der Lage sei.',
    )
    expect(found.map((q) => q.said)).toEqual(['die Lage sei ernst', 'daß er nicht in der Lage sei.'])
  })

  it('reads a verb in the second person after a frame as the clause of its words: "Ich glaube, du tust ihm unrecht"', () => {
    const text = '»Ich glaube, du tust ihm unrecht. Und sage mir, Fagon: hast du gelogen?«'
    const nested = describeSpeech(analyzeText(text, {}, env), env).filter((q) => q.nested)
    expect(nested.map((q) => text.slice(q.span[0], q.span[1]))).toEqual(['du tust ihm unrecht'])
  })

  it('keeps an infinitive after "und" that goes with the modal of the words in them: "er möge … führen und gut bewirthen"', () => {
    const found = speech(
      'Der Räuber flüstert ihm zu, er möge den König in seine Stube führen und gut bewirthen, bis er wieder käme. Er sagte, er wolle lieber dableiben und verdingte sich dem Wirth.',
    )
    expect(found.map((q) => q.said)).toEqual([
      'er möge den König in seine Stube führen und gut bewirthen, bis er wieder käme',
      'er wolle lieber dableiben',
    ])
  })

  it('runs the words on through a list of "daß" clauses after semicolons, and ends them before a main clause there', () => {
    const found = speech(
      'Er fordert erstens, daß die Genugthuung glänzend sei; drittens aber, daß nur preußische Truppen die Execution ausführen. Er sagte, es sei spät; dann ging er nach Hause.',
    )
    expect(found.map((q) => q.said)).toEqual([
      'daß die Genugthuung glänzend sei; drittens aber, daß nur preußische Truppen die Execution ausführen',
      'es sei spät',
    ])
  })

  it('takes an infinitive with "zu" before the comma for the cue, and the verb that governs it for its speaker', () => {
    const found = speech(
      'Er versuchte nachzuweisen, daß alles anders wurde. Sie begann zu erzählen, dass sie krank sei.',
    )
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['daß alles anders wurde', 'Er', 'versuchte … nachzuweisen'],
      ['dass sie krank sei', 'Sie', 'begann … erzählen'],
    ])
  })

  it('finds the speaker of a frame in a relative clause after its preposition and pronoun, and never stands "er" for "Demnach"', () => {
    const found = speech(
      'Demnach sei die Lage ernst. Der Prozess war der erste, in dem er darüber geurteilt hat, ob ein Land Völkermord begangen hat. Es gibt Parteien, von denen der Abgeordnete Kinz sagte, daß sie radikal sind.',
    )
    expect(found.map((q) => [q.said, q.by])).toEqual([
      ['sei die Lage ernst', 'Demnach'],
      ['ob ein Land Völkermord begangen hat', 'er'],
      ['daß sie radikal sind', 'der Abgeordnete Kinz'],
    ])
  })

  it('takes no phrase after a genitive preposition ("Gelegentlich der Versammlung") for the speaker', () => {
    const found = speech(
      'Gelegentlich der Versammlung eines Lehrervereines begrüßte auch Bezirkshauptmann Graf Schaffgotsch den Verein. Zuvörderst bedauerte er, daß die Verhältnisse die Einführung nicht gestatten.',
    )
    expect(found.map((q) => q.by)).toEqual([
      'Bezirkshauptmann Graf Schaffgotsch',
      'Bezirkshauptmann Graf Schaffgotsch',
    ])
  })

  it('runs a source after "nach Angaben" through an abbreviation in brackets, a genitive and a name in quotation marks', () => {
    const found = speech(
      'Nach Angaben des Investitionsfonds (MIF) der Interamerikanischen Entwicklungsbank (IADB) sandten Migranten 62 Milliarden Dollar heim. Die Regenzeit könnte nach Angaben des Leiters der Sektion von „Ärzte ohne Grenzen“ bis September andauern.',
    )
    expect(found.map((q) => q.by)).toEqual([
      'Angaben des Investitionsfonds (MIF) der Interamerikanischen Entwicklungsbank (IADB)',
      'Angaben des Leiters der Sektion von „Ärzte ohne Grenzen“',
    ])
  })

  it('goes on with a report through a Konjunktiv sentence with quoted words, as mixed speech, and past speech nested in it', () => {
    const found = speech(
      'Stoiber sagte, er trete zurück. Damit seien „der Kurs der SPD nicht mehr so klar“. Auch wisse er nicht, was die SPD bewogen hatte. Die Sperre sei aber aufgehoben.',
    )
    expect(found.map((q) => [q.kind, q.said, q.by])).toEqual([
      ['indirect', 'er trete zurück', 'Stoiber'],
      [
        'mixed',
        'Damit seien „der Kurs der SPD nicht mehr so klar“. Auch wisse er nicht, was die SPD bewogen hatte. Die Sperre sei aber aufgehoben.',
        'Stoiber',
      ],
    ])
  })

  it('takes no colon inside a quoted title for a frame, and the words after an apposition and its colon', () => {
    const found = speech(
      'Der Komponist schrieb Titel zu Kubricks Film „2001: Odyssee im Weltraum“. Dazu sagte Jon Bon Jovi, Gründer der Rockband: Wir machen weiter.',
    )
    expect(found.map((q) => [q.kind, q.said, q.by])).toEqual([
      ['direct', 'Wir machen weiter.', 'Jon Bon Jovi, Gründer der Rockband'],
    ])
  })

  it('reads "X wird von Reuters zitiert" as the agency quoting X: Reuters speaks, via X', () => {
    const doc = analyzeText(
      'Günther Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, es habe Fragen gegeben.',
      {},
      env,
    )
    const [q] = describeSpeech(doc, env)
    const read = (s: Span | undefined) => (s ? doc.text.slice(s[0], s[1]) : undefined)
    expect([read(q?.speakerMention), q?.viaMentions?.map(read)]).toEqual([
      'der Nachrichtenagentur Reuters',
      ['Günther Platter'],
    ])
  })

  it('skips a date with its year before the speaker: "hatte im Mai 2005 der mexikanische Präsident … gebeten"', () => {
    const found = speech(
      'Zuletzt hatte im Mai 2005 der mexikanische Präsident Vicente Fox um die Herausgabe gebeten.',
    )
    expect(found.map((q) => q.by)).toEqual(['der mexikanische Präsident Vicente Fox'])
  })

  it('finds speech nested in the unquoted words after a colon as in a quotation', () => {
    const text = 'Er lachte und sagte: Ich weiß, daß heute mein letzter Tag auf Erden ist.'
    const nested = describeSpeech(analyzeText(text, {}, env), env).filter((q) => q.nested)
    expect(nested.map((q) => text.slice(q.span[0], q.span[1]))).toEqual([
      'daß heute mein letzter Tag auf Erden ist',
    ])
  })

  it('finds the particle of the cue verb after an apposition of its subject: "gab der Leiter, Andreas Huber, bekannt, dass"', () => {
    const found = speech(
      'Jetzt gab der Leiter der Kriminaldienststelle, Andreas Huber, bekannt, dass sich das Handy eingeloggt hatte.',
    )
    expect(found.map((q) => [q.kind, q.said, q.by])).toEqual([
      [
        'indirect',
        'dass sich das Handy eingeloggt hatte',
        'der Leiter der Kriminaldienststelle, Andreas Huber',
      ],
    ])
  })

  it('reads "so" with a cue verb between commas as a frame inside the words, also before hearsay "soll"', () => {
    const found = speech('In zehn Jahren, so schätzen die Forscher, soll die Forschung abgeschlossen sein.')
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      [
        'In zehn Jahren, so schätzen die Forscher, soll die Forschung abgeschlossen sein',
        'die Forscher',
        'schätzen',
      ],
    ])
  })

  it('reads "der" with a name and the verb second after a noun of saying as the words, not a relative clause', () => {
    const found = speech(
      'Die erste Reaktion bestand in der Ankündigung, der Iran werde sofort die Anreicherung aufnehmen. Er traf den Mann, der Berlin besuchte, in Bonn.',
    )
    expect(found.map((q) => [q.said, q.cue])).toEqual([
      ['der Iran werde sofort die Anreicherung aufnehmen', 'Ankündigung'],
    ])
  })

  it('reads "mit den Worten, …" as the frame of the words after it, spoken by the clause\'s subject', () => {
    const found = speech('Er trat dem Vorwurf mit den Worten entgegen, das Gericht sei ein irakisches.')
    expect(found.map((q) => [q.said, q.by, q.cue])).toEqual([
      ['das Gericht sei ein irakisches', 'Er', 'Worten'],
    ])
  })

  it('gives a relative pronoun speaker the phrase before its comma: "von Ägypten, das vorschlug", "Peter Müller, der sagte"', () => {
    const found = speech(
      'Ein Vorschlag kam auf der Sitzung von Ägypten, das vorschlug, eine Zone einzurichten. Er traf Peter Müller, der sagte, die Lage sei ernst. Er traf den Sprecher des Ministeriums, der sagte, es sei spät.',
    )
    expect(found.map((q) => q.by)).toEqual(['Ägypten', 'Peter Müller', 'Sprecher des Ministeriums'])
  })

  it('ends a genitive chain before "der" and a noun that has no genitive after it: "des Arztes der Mann"', () => {
    const found = speech(
      'Er blieb, weil nach Angaben des Arztes der Mann betrunken war. Der Leiter der Polizei sagte, es sei spät.',
    )
    expect(found.map((q) => q.by)).toEqual(['Angaben des Arztes', 'Der Leiter der Polizei'])
  })
})

describe('speakers of sentences that go on with somebody’s words', () => {
  it('takes no object with a body in its genitive for the narrated speaker: the plans of a government do not speak', () => {
    const found = speech(
      'Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne der Bundesregierung. Hier seien die vorgesehenen Mittel völlig unrealistisch.',
    )
    expect(found.map((q) => q.by)).not.toContain('die Pläne der Bundesregierung')
  })
})
