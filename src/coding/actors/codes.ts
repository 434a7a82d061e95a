/**
 * CAMEO actor codes are 3-letter blocks: a country (ISO alpha-3 for states) or an international type
 * (IGO, NGO, ...), then roles and sectors. These helpers split and compose them.
 */

/** CAMEO role/sector blocks that may follow a country (cameo actor codebook, Phoenix agents). */
export const SECTORS: ReadonlySet<string> = new Set([
  'GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'LAB', 'LEG',
  'HLH', 'REF', 'AGR', 'ELI', 'ENV', 'HRI', 'DEV', 'UAF', 'IGO', 'NGO', 'NGM', 'MNC', 'REL', 'SEP', 'INS',
  'MOD', 'RAD', 'PPL', 'SET', 'IMG', 'MUS', 'CHR', 'JEW', 'BUD', 'HIN',
]);

/** A code of a non-state armed group after its country's three letters (SDNREB, PSEREBHMS, AFGINS, SYRUAF). */
export function isArmedGroupCode(code: string | null): boolean {
  return code !== null && /^(REB|INS|UAF)/.test(code.slice(3));
}

/** Country and sector of a code, given the set of codes known to be states. */
export function splitCode(code: string | null, states: ReadonlySet<string>): { country: string | null; sector: string | null } {
  if (!code || code.length < 3) return { country: null, sector: null };
  const head = code.slice(0, 3);
  const country = states.has(head) ? head : null;
  // After a country the next block is the sector; for IGO/NGO codes the first known sector after the type.
  for (let i = 3; i + 3 <= code.length; i += 3) {
    const block = code.slice(i, i + 3);
    if (SECTORS.has(block)) return { country, sector: block };
  }
  return { country, sector: null };
}

/**
 * Composes an agent code with the code of what it belongs to. PETRARCH agents carry `~`:
 * "~GOVMIL" = the country first (JPN + GOVMIL), "IGO~" = the agent first (IGO + JPN).
 * An owner that already has a sector ("the White House" USAGOV, "the UN" IGOUNO) keeps its own code:
 * its spokesman or officials are that body.
 */
export function composeAgent(owner: string, agent: string, states: ReadonlySet<string>): string {
  if (owner.length > 3 || !states.has(owner)) return owner;
  if (agent.startsWith('~')) return owner + agent.slice(1);
  if (agent.endsWith('~')) return agent.slice(0, -1) + owner;
  return owner + agent;
}

/** The sector part of an agent code without a country ("~GOVMIL" -> "GOV"). */
export function agentSector(agent: string): string | null {
  const bare = agent.replace('~', '');
  const first = bare.slice(0, 3);
  return SECTORS.has(first) ? first : null;
}
