/**
 * The shape of a wire dateline, "SEOUL, April 7 (Yonhap) --": an upper-case place (or two filed
 * from together, "GAZA/CAIRO"), an optional month and day, an optional agency in brackets, a dash.
 * The segmenter makes it a segment of its own
 * (sentences.ts); actor resolution reads its place (coding/actors/dateline.ts).
 */
const PLACE = "[A-Z][A-Z .'-]{1,30}[A-Z](?:/[A-Z][A-Z .'-]{1,30}[A-Z])?";
const REST = String.raw`(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,40}\))?\s*(?:--|[-–—])`;

/** A whole string that is a dateline. */
export const DATELINE = new RegExp(`^${PLACE}${REST}$`);

/** A dateline at the start of a line, followed by text; group 1 is the place. */
export const DATELINE_AT_LINE_START = new RegExp(`^[ \\t]*(${PLACE})${REST}\\s`, 'm');
