import { describe, expect, it } from 'vitest'
import { type EventReport, followUpPromises } from './follow-up-promises.ts'
import { timexEnd } from './timex-end.ts'

const promise: EventReport = {
  documentId: 'orf',
  id: 'e7',
  type: 'AGREE',
  status: 'promised',
  when: '2022-W04',
  actors: ['per:antony-blinken'],
  recipients: ['per:sergei-lavrov'],
  actorNames: ['Antony Blinken'],
  recipientNames: ['Sergej Lawrow'],
  published: '2022-01-21',
  outlet: 'ORF.at',
  text: 'Blinken habe ihm zugesichert, dass der Westen seiner Regierung kommende Woche eine schriftliche Antwort auf deren Anfrage nach Sicherheitsgarantien übergeben werde',
  span: [2038, 2201],
}
const delivered: EventReport = {
  documentId: 'standard',
  id: 'e2',
  type: 'COOPERATE',
  status: 'occurred',
  when: '2022-01-26',
  actors: ['per:antony-blinken', 'country:USA'],
  recipients: ['country:RUS'],
  actorNames: ['Antony Blinken', 'Vereinigte Staaten'],
  recipientNames: ['Russland'],
  published: '2022-01-26',
  outlet: 'Der Standard',
  text: 'US-Außenminister Blinken hat Russland am Mittwoch die schriftliche Antwort auf die Forderungen nach Sicherheitsgarantien übergeben',
  span: [0, 120],
}

describe('promises and their follow-up', () => {
  it('knows when "kommende Woche" ends', () => {
    expect(timexEnd('2022-W04')).toBe('2022-01-30')
    expect(timexEnd('2022-02')).toBe('2022-02-28')
    expect(timexEnd('2022-01-21T11:00')).toBe('2022-01-21')
    expect(timexEnd('FUTURE_REF')).toBeUndefined()
  })

  it('marks the written answer as kept when a later article reports Blinken handing it over', () => {
    const [result] = followUpPromises([promise], [delivered], '2022-01-26')
    expect(result).toMatchObject({ state: 'kept', due: '2022-01-30', late: false })
    expect(result?.evidence?.outlet).toBe('Der Standard')
  })

  it('keeps it open until the due date passes in the corpus, then overdue; the clock is never asked', () => {
    expect(followUpPromises([promise], [], '2022-01-24')[0]?.state).toBe('open')
    expect(followUpPromises([promise], [], '2022-02-01')[0]?.state).toBe('overdue')
    // another actor doing something similar does not keep Blinken's promise
    const other = { ...delivered, actors: ['per:olaf-scholz'] }
    expect(followUpPromises([promise], [other], '2022-02-01')[0]?.state).toBe('overdue')
  })

  it('is not kept by a later agreement of the same actor on something else', () => {
    const agreement: EventReport = {
      ...delivered,
      type: 'AGREE',
      text: 'Blinken einigte sich mit seinem französischen Kollegen auf gemeinsame Manöver im Baltikum',
    }
    expect(followUpPromises([promise], [agreement], '2022-02-01')[0]).toMatchObject({
      state: 'overdue',
      evidence: null,
    })
  })
})
