import { ips25V1Services } from './ips25-v1-services.ts';
import { ips25V1StaffingOrganisation } from './ips25-v1-staffing-organisation.ts';
import type { TFidelityBand, TFidelityInstrument } from './types.ts';

/**
 * Total-score bands (fidelity.md "Total and bands"; cut-points of seed 001, Swedish
 * labels as printed there). fidelity-items.md §8 notes that the "stämmer …" labels
 * were not found in the Swedish IPS-25 scale itself: they are kept because the seed
 * uses them, and as data so that they can be replaced.
 */
export const ips25V1Bands: readonly TFidelityBand[] = [
  {
    id: 'exemplary',
    min: 115,
    max: 125,
    label: {
      sv: 'Stämmer mycket bra överens med IPS',
      svShort: 'Stämmer mycket bra',
      en: 'Exemplary fidelity',
    },
  },
  {
    id: 'good',
    min: 100,
    max: 114,
    label: { sv: 'Stämmer bra överens med IPS', svShort: 'Stämmer bra', en: 'Good fidelity' },
  },
  {
    id: 'fair',
    min: 74,
    max: 99,
    label: { sv: 'Stämmer delvis överens med IPS', svShort: 'Stämmer delvis', en: 'Fair fidelity' },
  },
  {
    id: 'not_ips',
    min: 25,
    max: 73,
    label: {
      sv: 'Stämmer inte överens med IPS',
      svShort: 'Stämmer inte',
      en: 'Not supported employment',
    },
  },
];

/**
 * The IPS Supported Employment Fidelity Scale (IPS-25, 2008), version 1 of Lots'
 * definition. A corrected definition can be loaded as data through the contracts
 * schema `ZFidelityInstrument` instead of this module.
 */
export const ips25V1: TFidelityInstrument = {
  id: 'ips-25',
  version: 1,
  name: {
    sv: 'Programtrohetsskala för IPS (IPS-25, 2008)',
    en: 'IPS Supported Employment Fidelity Scale (IPS-25, 2008)',
  },
  source:
    'shared/domain/fidelity-items.md (anchors paraphrased from public descriptions; items with provenance P or P? not confirmed word for word against the 2019 Fidelity Review Manual)',
  items: [...ips25V1StaffingOrganisation, ...ips25V1Services],
  bands: ips25V1Bands,
};
