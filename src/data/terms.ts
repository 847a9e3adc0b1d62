/**
 * Terms (khóa) of the Party Central Committee: each starts when the national congress closes
 * (dates from shared/facts/gazetteer-facts.tsv, the NQ-ĐH rows). A term ends when the next starts.
 * The 14th congress met in early 2026; its checked closing date is not in the facts yet, so dates
 * from `TERMS_KNOWN_UNTIL` on are not mapped to a term (resolution then stays undecided).
 */
export interface PartyTerm {
  term: number;
  /** ISO date the term began (closing day of the congress that elected it). */
  start: string;
}

export const PARTY_TERMS: readonly PartyTerm[] = [
  { term: 6, start: "1986-12-18" },
  { term: 7, start: "1991-06-27" },
  { term: 8, start: "1996-07-01" },
  { term: 9, start: "2001-04-22" },
  { term: 10, start: "2006-04-25" },
  { term: 11, start: "2011-01-19" },
  { term: 12, start: "2016-01-28" },
  { term: 13, start: "2021-02-01" },
];

export const TERMS_KNOWN_UNTIL = "2026-01-01";
