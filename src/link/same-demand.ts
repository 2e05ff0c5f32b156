import type { DemandRow, EventReport } from './report-types.ts'

/**
 * One demand reported by several outlets is one line on the board, not one per outlet: an APA story that ORF.at,
 * Der Standard and Die Presse carry holds "Die USA … verlangen einen Rückzug der … Soldaten" three times.
 * Two reports are the same demand when they name the same parties for the same type of event and come from one
 * story (near-duplicate copies, even edited: "100.000" in one, "127.000" in another) or say it in the same words.
 */

const parties = (e: EventReport) => `${e.type}|${[...e.actors].sort()}|${[...e.recipients].sort()}`
const wording = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim()

function sameDemand(a: EventReport, b: EventReport): boolean {
  if (a.storyId && a.storyId === b.storyId) return true
  return wording(a.text) === wording(b.text)
}

/** Groups demand events (newest first) into one row per demand, keeping that order by each demand's newest report. */
export function groupDemands(events: readonly EventReport[]): DemandRow[] {
  const groups: EventReport[][] = []
  const byParties = new Map<string, EventReport[][]>()
  for (const e of events) {
    const candidates = byParties.get(parties(e)) ?? []
    const group = candidates.find((g) => g.some((r) => sameDemand(r, e)))
    if (group) group.push(e)
    else {
      const fresh = [e]
      candidates.push(fresh)
      byParties.set(parties(e), candidates)
      groups.push(fresh)
    }
  }
  return groups.map((group) => {
    const { storyId: _story, ...newest } = group[0] as EventReport
    const outlets = [...new Set(group.map((r) => r.outlet).filter((o): o is string => !!o))]
    return {
      ...newest,
      reports: group.map(({ documentId, id, outlet, published, span, text }) => ({
        documentId,
        id,
        outlet,
        published,
        span,
        text,
      })),
      outlets,
    }
  })
}
