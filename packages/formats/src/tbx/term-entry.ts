/** A terminology entry as TBX models it (ISO 30042): one concept, its terms in several languages. */

export interface Term {
  /** BCP 47 tag (TBX xml:lang). */
  lang: string;
  term: string;
  /** TBX administrativeStatus: preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts. */
  status?: string;
  partOfSpeech?: string;
  note?: string;
}

export interface TermEntry {
  /** termEntry / conceptEntry id. */
  id?: string;
  /** TBX subjectField. */
  domain?: string;
  definition?: string;
  note?: string;
  terms: Term[];
}
