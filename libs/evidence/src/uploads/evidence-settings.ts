import { EvidenceSettings } from '../storage/storage-config';

/** The process's evidence settings (storage, limits, link lifetime), provided once by the module. */
export abstract class EvidenceConfig {
  abstract readonly settings: EvidenceSettings;
}
