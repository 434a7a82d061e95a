/** What a driver's migration is, and the pieces both drivers' SQL share. */
export interface Migration { version: number; name: string; sql: string }

/** The CHECK list for events.modality: the spec's five modalities. */
export const MODALITY_CHECK = `('actual', 'negated', 'hypothetical', 'speculative', 'future')`;
