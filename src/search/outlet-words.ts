/**
 * The outlet as readers name it. "The paper" in "is this the paper's house view" is the Daily
 * Caller, not the Iranian newspapers of ¶ 12; "Daily Callr" is its name misspelt.
 */
const PAPER_AS_OUTLET =
  /\b(the|this|that) (?:paper|newspaper|site|website)(?=['’]?s? (?:own |house |official |editorial )?(?:view|views|line|stance|position|opinion|take)\b| (?:itself |actually |really |even )?(?:stand|stands|endorse|endorses|agree|agrees|back|backs|support|supports)\b)/gi;
/**
 * "What newspaper is this (from)", "which paper ran this": the one that published the piece, asked
 * as "what publisher" (the disclaimer names it). Not where the Iranian papers are asked about.
 */
const PAPER_OF_THE_PIECE =
  /\b(?:what|which) (?:news)?paper(?= (?:is|was) (?:this|it|the)(?: article| piece| op ?-?ed)? (?:from|in|published|run|printed|by)\b| (?:published|ran|runs|printed|carried|posted) (?:this|it|the article|the piece)\b| (?:is|was) (?:this|it)\W*$)(?![^?]*\biranian\b)/gi;
const OUTLET_MISSPELT = /\bdaily\s*(?:cal|call|calr|callr|calar|caler|callar|callor|colar|coller)\b/gi;

/** The question with the outlet named as the article names it, where a reader's words mean it. */
export function readAsTheOutlet(text: string): string {
  return text
    .replace(PAPER_AS_OUTLET, '$1 publisher')
    .replace(PAPER_OF_THE_PIECE, 'what publisher')
    .replace(OUTLET_MISSPELT, 'Daily Caller');
}
