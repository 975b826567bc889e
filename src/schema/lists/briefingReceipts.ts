import { IListDefinition } from '../types';

export const RECEIPT_KINDS = ['Read', 'Acknowledged'] as const;

/**
 * One item per member and thing they confirmed: a week's briefing read, or one item of it
 * acknowledged. Who and when are the item's Created By and Created, which SharePoint sets and
 * nobody can forge; item-level permissions keep each member's receipts to themselves.
 *
 * Size: 150 members × 1,040 weeks (20 years) × (1 read + acknowledgements) is several hundred
 * thousand items, so every query filters first on the indexed Briefing lookup, which narrows to
 * one week: at most 150 × (1 + items asking for acknowledgement) rows (MAX_RECEIPTS_PER_BRIEFING).
 */
export const briefingReceipts: IListDefinition = {
  key: 'BriefingReceipts',
  title: 'BriefingReceipts',
  description: 'Who has read each weekly briefing and acknowledged its items. Each member sees only their own receipts; Democratic Services (site owners) see all.',
  id: '9af7f6c0-d69f-49a3-bcf7-e0981c1774a0',
  titleDisplayName: 'Receipt',
  titleRequired: false,
  contentApproval: false,
  // Version history would keep receipts a member withdrew: the list keeps only what stands now.
  versioning: false,
  expectedItems: 312000,
  queriedBy: ['Briefing'],
  itemLevelSecurity: { read: 'own', write: 'own' },
  readersMayAdd: true,
  fields: [
    { internalName: 'Briefing', displayName: 'Briefing', type: 'Lookup', target: 'Briefings', showField: 'Title', id: '79251228-bffa-4f94-b12c-a2b78ecfac6a', required: true, indexed: true, personalData: true, description: 'The week the receipt is for.' },
    { internalName: 'BriefingItem', displayName: 'Briefing item', type: 'Lookup', target: 'BriefingItems', showField: 'Title', id: 'f578cb2f-4fe4-454b-bb36-b2ac8bae2a41', personalData: true, description: 'Empty when the receipt says the whole briefing was read.' },
    { internalName: 'ReceiptKind', displayName: 'Receipt', type: 'Choice', choices: RECEIPT_KINDS, defaultValue: 'Read', id: '315dba13-be1f-4bf8-a1c7-bb18de1ce526', required: true, personalData: true }
  ]
};

/** Items of one briefing that may ask for acknowledgement, for the size bound below. */
export const MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING = 30;
