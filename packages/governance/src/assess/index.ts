export { assessTransfer, type Assessment, type Leg } from './assess-transfer.ts';
export { validateTransferRequest, PURPOSES, PI_CATEGORIES, PERSONAL_CATEGORIES, SENSITIVE_CATEGORIES, type TransferRequest, type Purpose } from './request.ts';
export { buildFacts, isGbaCity, GBA_CITIES } from './facts.ts';
