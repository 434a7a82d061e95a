/**
 * Verbs that move or command forces or agents: "Britain sent warships", "Kenya deployed troops",
 * "Chad contributed soldiers to the mission", "Petro ordered the armed forces to resume operations
 * against the group". What they move is the mover's own (actors/context.ts
 * gives a country-less force its sender's state) and no party to the act (targets.ts).
 */
const SENDING = /^(send|sends|sending|sent|(re)?deploy(s|ed|ing)?|(dis|des)patch(es|ed|ing)?|station(s|ed|ing)?|mobili[sz](e|es|ed|ing)|airlift(s|ed|ing)?|contribut(e|es|ed|ing)|order(s|ed|ing)?)$/i;

export function isSendingVerb(word: string): boolean {
  return SENDING.test(word);
}
