/** The deployments this one witnesses (WITNESS_PEERS_FILE). */
export const WITNESS_PEERS = Symbol('WITNESS_PEERS');
