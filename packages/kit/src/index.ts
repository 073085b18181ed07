export {
  type BuildKitOptions,
  buildKit,
  type KitProgress,
  type KitSummary,
  type MergeKitOptions,
  mergeKit,
  type PartnerSummary,
} from './build.js';
export { contactSheetEntries, contactSheetHtml } from './contact-sheet.js';
export { contactSheetPng } from './contact-sheet-png.js';
export { describeFile, type KitFile, type KitSection, mediaTypeOf } from './manifest.js';
export { type PartnerKit, writePartnerKit } from './partner.js';
export { kitReadme } from './readme.js';
export { partnersOfShard, SHARD_RECORD, type ShardRecord } from './shard.js';
export { inputsDigest, kitDigest, unchangedKit } from './stamp.js';
export { listFiles, zipChunks, zipDirectory } from './zip.js';
