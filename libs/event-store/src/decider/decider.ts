/** The decider's shape is the domain's own, so it lives in the kernel; the store re-exports it. */
export type { DecidedEvent, Decider } from '@app/kernel';
