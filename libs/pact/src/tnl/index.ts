export * from './label';
export type { TnlCondition, TnlAlternative, MinimumStatus, ReadinessEvidence } from './conditions';
export { describeCondition, describeAlternative } from './conditions';
export * from './criteria';
export * from './tiers';
export * from './mentions';
export * from './readiness';
export * from './wording';
export * from './pooling';
