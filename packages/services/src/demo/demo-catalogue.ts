import type { TEmployerType, TSniSection } from '@lots/core';

/*
 * Fictional names for the demo, modelled on IPS Hudiksvall (seed 001): jobs in
 * elderly care and municipal services, retail, manufacturing and services. Every
 * employer and person here is made up; any likeness to a real one is accidental.
 */

export type TDemoEmployer = {
  key: string;
  name: string;
  industry: TSniSection;
  type: TEmployerType;
  /** Job titles with their SSYK 2012 code where one fits clearly. */
  titles: readonly (readonly [string, string | null])[];
  /** Relative chance of being where a job is found. */
  weight: number;
};

export const demoEmployers: readonly TDemoEmployer[] = [
  {
    key: 'solglantan',
    name: 'Äldreboendet Solgläntan (demo)',
    industry: 'Q',
    type: 'municipality',
    titles: [
      ['Vårdbiträde', '5330'],
      ['Undersköterska', '5321'],
    ],
    weight: 5,
  },
  {
    key: 'hemtjansten-norra',
    name: 'Hemtjänsten Norra (demo)',
    industry: 'Q',
    type: 'municipality',
    titles: [['Vårdbiträde', '5330']],
    weight: 4,
  },
  {
    key: 'myrstacken',
    name: 'Förskolan Myrstacken (demo)',
    industry: 'P',
    type: 'municipality',
    titles: [
      ['Barnskötare', '5311'],
      ['Kökspersonal', '9412'],
    ],
    weight: 2,
  },
  {
    key: 'fritidsgarden',
    name: 'Ungdomsgården Fyren (demo)',
    industry: 'R',
    type: 'municipality',
    titles: [['Fritidsledare', null]],
    weight: 1,
  },
  {
    key: 'vardcentralen-angen',
    name: 'Vårdcentralen Ängen (demo)',
    industry: 'Q',
    type: 'region',
    titles: [
      ['Vårdbiträde', '5330'],
      ['Receptionist', null],
    ],
    weight: 1,
  },
  {
    key: 'naturbruket',
    name: 'Naturbruksskolan Hälsinge (demo)',
    industry: 'P',
    type: 'region',
    titles: [['Djurskötare', null]],
    weight: 1,
  },
  {
    key: 'dellen-livs',
    name: 'Dellenbygdens Livs AB (demo)',
    industry: 'G',
    type: 'private',
    titles: [
      ['Butiksbiträde', null],
      ['Lagerarbetare', '4321'],
    ],
    weight: 4,
  },
  {
    key: 'kustlandets-bygg',
    name: 'Kustlandets Bygg AB (demo)',
    industry: 'F',
    type: 'private',
    titles: [['Byggarbetare', null]],
    weight: 2,
  },
  {
    key: 'halsinge-bageri',
    name: 'Hälsingebagarn AB (demo)',
    industry: 'C',
    type: 'private',
    titles: [
      ['Bagare', null],
      ['Packare', null],
    ],
    weight: 2,
  },
  {
    key: 'norrhamns-verkstad',
    name: 'Norrhamns Mekaniska AB (demo)',
    industry: 'C',
    type: 'private',
    titles: [['Maskinoperatör', null]],
    weight: 2,
  },
  {
    key: 'kafe-lotsen',
    name: 'Kafé Lotsen (demo)',
    industry: 'I',
    type: 'private',
    titles: [['Kafébiträde', '9412']],
    weight: 2,
  },
  {
    key: 'hotell-kustparlan',
    name: 'Hotell Kustpärlan (demo)',
    industry: 'I',
    type: 'private',
    titles: [
      ['Städare', '9111'],
      ['Köksbiträde', '9412'],
    ],
    weight: 2,
  },
  {
    key: 'rent-och-fint',
    name: 'Rent & Fint Städservice AB (demo)',
    industry: 'N',
    type: 'private',
    titles: [['Städare', '9111']],
    weight: 3,
  },
  {
    key: 'strandvagens-lager',
    name: 'Strandvägens Lager & Logistik AB (demo)',
    industry: 'H',
    type: 'private',
    titles: [
      ['Lagerarbetare', '4321'],
      ['Truckförare', null],
    ],
    weight: 3,
  },
  {
    key: 'it-hjalpen',
    name: 'IT-Hjälpen Hälsingland AB (demo)',
    industry: 'J',
    type: 'private',
    titles: [['Supporttekniker', '3512']],
    weight: 1,
  },
  {
    key: 'bilverkstaden',
    name: 'Bilverkstaden i Björkvik AB (demo)',
    industry: 'G',
    type: 'private',
    titles: [['Verkstadsbiträde', null]],
    weight: 1,
  },
  {
    key: 'skogsservice',
    name: 'Skogsservice Norr AB (demo)',
    industry: 'A',
    type: 'private',
    titles: [['Skogsarbetare', null]],
    weight: 1,
  },
  {
    key: 'aterbruket',
    name: 'Återbruket Hälsingland (demo)',
    industry: 'G',
    type: 'social_enterprise',
    titles: [['Butiksbiträde', null]],
    weight: 2,
  },
  {
    key: 'kyrkans-second-hand',
    name: 'Kyrkans Second Hand (demo)',
    industry: 'G',
    type: 'non_profit',
    titles: [['Butiksbiträde', null]],
    weight: 1,
  },
  {
    key: 'vagdepan',
    name: 'Statens Vägdepå Norr (demo)',
    industry: 'H',
    type: 'state',
    titles: [['Fordonsvårdare', null]],
    weight: 1,
  },
  {
    key: 'trygghetsboendet',
    name: 'Stiftelsen Trygga Hem (demo)',
    industry: 'L',
    type: 'non_profit',
    titles: [['Fastighetsskötare', null]],
    weight: 1,
  },
];

export const firstNames = {
  female: [
    'Anna',
    'Maja',
    'Elin',
    'Sara',
    'Emma',
    'Linnea',
    'Johanna',
    'Karin',
    'Ida',
    'Frida',
    'Lisa',
    'Malin',
    'Hanna',
    'Sofia',
    'Amira',
    'Leila',
  ],
  male: [
    'Erik',
    'Johan',
    'Oskar',
    'Anders',
    'Mikael',
    'Jonas',
    'Viktor',
    'Per',
    'Daniel',
    'Lars',
    'Emil',
    'Ali',
    'Mattias',
    'Niklas',
  ],
  other: ['Kim', 'Robin', 'Alex'],
} as const;

export const lastNames = [
  'Demo-Andersson',
  'Demo-Berg',
  'Demo-Eriksson',
  'Demo-Hedlund',
  'Demo-Jonsson',
  'Demo-Lindqvist',
  'Demo-Nordin',
  'Demo-Olsson',
  'Demo-Persson',
  'Demo-Sjöberg',
  'Demo-Strand',
  'Demo-Wikström',
] as const;

/** The referring organisation per referral source, as free text in the referral. */
export const referralOrganisations = {
  self: null,
  AF: 'Arbetsförmedlingen (demo)',
  FK: 'Försäkringskassan (demo)',
  psychiatry: 'Vuxenpsykiatrin Hälsingland (demo)',
  social_services: 'Socialtjänsten, IFO (demo)',
  primary_care: 'Vårdcentralen Ängen (demo)',
  other: 'Boendestödet (demo)',
} as const;

export const networkAgencies = [
  'Vuxenpsykiatrin',
  'Försäkringskassan',
  'Arbetsförmedlingen',
  'Socialtjänsten',
  'Boendestödet',
] as const;

export const preferences = [
  'Vill arbeta med djur eller natur.',
  'Vill arbeta med människor, gärna inom vård.',
  'Föredrar lugn miljö och fasta tider.',
  'Intresserad av lager och logistik.',
  'Vill prova kök eller kafé.',
] as const;

export const declineReasons = [
  'Inte aktuell: önskar inte arbete just nu.',
  'Inte aktuell: behöver annan insats först.',
  'Inte aktuell: bor utanför förbundets område.',
] as const;
