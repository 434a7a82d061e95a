/**
 * Verbs that move forces or agents: "Britain sent warships", "Kenya deployed troops", "Chad
 * contributed soldiers to the mission", "the US withdrew its troops", "Russia recalled its
 * ambassador", and those that command forces: "Petro ordered the armed
 * forces to resume operations against the group". What they move is the mover's own (actors/context.ts
 * gives a country-less force its sender's state) and no party to the act (targets.ts).
 */
const SENDING = /^(send|sends|sending|sent|(re)?deploy(s|ed|ing)?|(dis|des)patch(es|ed|ing)?|station(s|ed|ing)?|mobili[sz](e|es|ed|ing)|airlift(s|ed|ing)?|contribut(e|es|ed|ing)|withdr(aw|aws|awing|awn|ew)|pull(s|ed|ing)?|recall(s|ed|ing)?)$/i;
/** Verbs that command forces: what they command is the commander's own only when it is a force. */
const ORDERING = /^(order(s|ed|ing)?|command(s|ed|ing)?|instruct(s|ed|ing)?)$/i;

export function isSendingVerb(word: string): boolean {
  return SENDING.test(word);
}

/** A verb that sends the forces coded `code`, or commands them ("ordered the army to ..."; not "ordered the government to ..."). */
export function movesForces(word: string, code: string | null): boolean {
  return SENDING.test(word) || (ORDERING.test(word) && /(MIL|COP)$/.test(code ?? ''));
}
