import type { TFidelityItem } from './types.ts';

/*
 * IPS-25 items 1–11 (Staffing S1–S3, Organisation O1–O8), anchors paraphrased from
 * shared/domain/fidelity-items.md §3 and translated. Swedish item titles follow the
 * Swedish scale "Programtrohetsskala för IPS (2008)" where seed 001 or the catalogue
 * quotes them; the rest are our translations. Check [P]/[P?] items against the
 * official manual before relying on the exact wording.
 */
export const ips25V1StaffingOrganisation: readonly TFidelityItem[] = [
  {
    id: 'caseload_size',
    number: 1,
    section: 'staffing',
    code: 'S1',
    title: { sv: 'Klientgruppens storlek', en: 'Caseload size' },
    text: {
      sv: 'Varje arbetscoach har en egen klientgrupp på högst 20 deltagare per heltid.',
      en: 'Each employment specialist has an individual caseload of at most 20 clients per full-time equivalent.',
    },
    anchors: [
      {
        sv: '41 eller fler deltagare per heltidscoach',
        en: '41 or more clients per FTE specialist',
      },
      { sv: '31–40 deltagare per heltidscoach', en: '31–40 clients per FTE specialist' },
      { sv: '26–30 deltagare per heltidscoach', en: '26–30 clients per FTE specialist' },
      { sv: '21–25 deltagare per heltidscoach', en: '21–25 clients per FTE specialist' },
      {
        sv: '20 eller färre deltagare per heltidscoach',
        en: '20 or fewer clients per FTE specialist',
      },
    ],
    provenance: 'V',
    computable: 'yes',
  },
  {
    id: 'employment_services_staff',
    number: 2,
    section: 'staffing',
    code: 'S2',
    title: { sv: 'Arbetscoachernas sysselsättning', en: 'Employment services staff' },
    text: {
      sv: 'Arbetscoacherna arbetar bara med arbetsinriktat stöd, inte med case management eller annat.',
      en: 'Employment specialists provide only employment services, not case management or other work.',
    },
    anchors: [
      {
        sv: 'Under 60 % av tiden ägnas åt arbetsinriktat stöd',
        en: 'Under 60% of time on employment services',
      },
      { sv: '60–74 % av tiden', en: '60–74% of time' },
      { sv: '75–89 % av tiden', en: '75–89% of time' },
      { sv: '90–95 % av tiden', en: '90–95% of time' },
      { sv: '96 % av tiden eller mer', en: '96% of time or more' },
    ],
    provenance: 'V',
    computable: 'partly',
  },
  {
    id: 'vocational_generalists',
    number: 3,
    section: 'staffing',
    code: 'S3',
    title: { sv: 'Arbetscoachernas helhetsansvar', en: 'Vocational generalists' },
    text: {
      sv: 'Arbetscoachen står själv för alla sex faser för sina deltagare: intag, engagemang, kartläggning, arbetsutveckling/placering, stöd på arbetet och uppföljande stöd.',
      en: 'Each specialist personally covers all six phases for their clients: intake, engagement, assessment, job development/placement, job coaching and follow-along.',
    },
    anchors: [
      {
        sv: 'Hänvisar bara deltagare till externa utförare eller program',
        en: 'Only refers clients to outside vendors or programs',
      },
      {
        sv: 'Har en klientgrupp men hänvisar själva arbetsstödet till andra',
        en: 'Holds a caseload but refers clients elsewhere for the vocational service itself',
      },
      { sv: 'Står för 1–4 av faserna', en: 'Covers 1 to 4 of the phases' },
      { sv: 'Står för 5 av faserna', en: 'Covers 5 phases' },
      { sv: 'Står för alla 6 faserna', en: 'Covers all 6 phases' },
    ],
    provenance: 'V',
    computable: 'partly',
  },
  {
    id: 'team_assignment',
    number: 4,
    section: 'organisation',
    code: 'O1',
    title: {
      sv: 'Arbetsrehabiliteringen är integrerad i den psykiatriska behandlingen genom kopplingen till behandlingsteam',
      en: 'Integration with mental health treatment through team assignment',
    },
    text: {
      sv: 'Varje arbetscoach är knuten till högst 2 behandlingsteam, som står för minst 90 % av klientgruppen.',
      en: 'Each specialist is attached to at most 2 treatment teams, from which at least 90% of the caseload comes.',
    },
    anchors: [
      {
        sv: 'Arbetscoacherna arbetar i ett arbetsprogram skilt från den psykiatriska behandlingen',
        en: 'Specialists work in a vocational programme separate from mental health treatment',
      },
      {
        sv: 'Knuten till 3 eller fler team, ELLER deltagarna får stöd av enskilda behandlare utan team, ELLER 1–2 team som står för under 50 % av klientgruppen',
        en: 'Attached to 3 or more teams, OR clients served by individual practitioners not organised in teams, OR 1–2 teams supplying under 50% of the caseload',
      },
      { sv: '1–2 team som står för 50–74 % av klientgruppen', en: '1–2 teams supplying 50–74%' },
      { sv: '1–2 team som står för 75–89 % av klientgruppen', en: '1–2 teams supplying 75–89%' },
      { sv: '1–2 team som står för 90–100 % av klientgruppen', en: '1–2 teams supplying 90–100%' },
    ],
    provenance: 'P',
    computable: 'yes',
  },
  {
    id: 'team_contact',
    number: 5,
    section: 'organisation',
    code: 'O2',
    title: {
      sv: 'Integrering genom täta kontakter med behandlingsteamet',
      en: 'Integration with mental health treatment through frequent team member contact',
    },
    text: {
      sv: 'Fem delar: deltar i behandlingsteamets veckomöte; deltar aktivt med gemensamma beslut; arbetsdokumentationen finns i deltagarens journal; kontor nära teamet; hjälper teamet att tänka arbete för dem som inte remitterats än.',
      en: 'Five components: attends the weekly treatment-team meeting; takes an active part with shared decisions; employment documentation in the single client record; office close to the team; helps the team think about work for people not yet referred.',
    },
    anchors: [
      { sv: '0–1 av delarna finns', en: '0–1 components present' },
      { sv: '2 av delarna finns', en: '2 components present' },
      { sv: '3 av delarna finns', en: '3 components present' },
      { sv: '4 av delarna finns', en: '4 components present' },
      { sv: 'Alla 5 delarna finns', en: 'All 5 components present' },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'agency_collaboration',
    number: 6,
    section: 'organisation',
    code: 'O3',
    title: {
      sv: 'Samarbete med Arbetsförmedlingen och Försäkringskassan',
      en: 'Collaboration between specialists and vocational rehabilitation counsellors',
    },
    text: {
      sv: 'Hur ofta arbetscoacher och handläggare på AF/FK talar om gemensamma deltagare och möjliga remisser.',
      en: 'How often specialists and the public rehabilitation/employment agency (AF/FK in Sweden) discuss shared clients and possible referrals.',
    },
    anchors: [
      {
        sv: 'Deltagarrelaterad kontakt (telefon, e-post, personligen) mer sällan än varje kvartal, eller ingen',
        en: 'Client-related contact (phone, e-mail, in person) less than quarterly, or none',
      },
      {
        sv: 'Deltagarrelaterad kontakt minst varje kvartal',
        en: 'Client-related contact at least quarterly',
      },
      {
        sv: 'Deltagarrelaterad kontakt minst varje månad',
        en: 'Client-related contact at least monthly',
      },
      {
        sv: 'Planerade möten minst varje kvartal, ELLER deltagarrelaterad kontakt varje vecka',
        en: 'Scheduled face-to-face meetings at least quarterly, OR client-related contact weekly',
      },
      {
        sv: 'Planerade möten minst varje månad OCH deltagarrelaterad kontakt varje vecka',
        en: 'Scheduled face-to-face meetings at least monthly AND client-related contact weekly',
      },
    ],
    provenance: 'P',
    computable: 'yes',
  },
  {
    id: 'vocational_unit',
    number: 7,
    section: 'organisation',
    code: 'O4',
    title: { sv: 'Arbetsrehabiliteringsenhet', en: 'Vocational unit' },
    text: {
      sv: 'Minst 2 heltidscoacher och en ledare bildar en enhet med handledning i grupp varje vecka, där strategier tas fram och jobbtips delas; coacherna täcker upp för varandra.',
      en: 'At least 2 full-time specialists and a team leader form a unit with weekly client-based group supervision, sharing strategies and job leads, and covering for each other.',
    },
    anchors: [
      { sv: 'Arbetscoacherna ingår inte i en enhet', en: 'Specialists are not part of a unit' },
      {
        sv: 'Samma handledare, men inga gruppmöten och ingen ersättare för varandra',
        en: 'Same supervisor, but no group meetings and no back-up for each other',
      },
      {
        sv: 'Samma handledare och ärendediskussion mellan coacherna, men ingen ersättare för varandra',
        en: 'Same supervisor and case discussion between specialists, but no back-up',
      },
      {
        sv: 'Minst 2 coacher och ledare, 2–4 planerade gruppärendehandledningar i månaden och ömsesidig ersättning (på landsbygd: ensam coach som träffar handledaren på telefon)',
        en: 'At least 2 specialists plus team leader, 2–4 scheduled client-based group supervisions a month, and mutual coverage (rural: a single specialist meeting the supervisor by teleconference)',
      },
      {
        sv: 'Minst 2 heltidscoacher och ledare, gruppärendehandledning varje vecka, ömsesidig ersättning',
        en: 'At least 2 full-time specialists plus team leader, weekly client-based group supervision, mutual coverage',
      },
    ],
    provenance: 'P?',
    computable: 'partly',
  },
  {
    id: 'supervisor_role',
    number: 8,
    section: 'organisation',
    code: 'O5',
    title: { sv: 'Handledarens roll', en: 'Role of employment supervisor' },
    text: {
      sv: 'Fem roller: högst 10 coacher per heltidshandledare; ärendehandledning varje vecka; kontakt med behandlingsteamens ledare och deras möten minst varje kvartal; handledning i fält varje månad för nya coacher; genomgång av resultat med mål minst varje kvartal.',
      en: 'Five roles: at most 10 specialists per full-time supervisor; weekly client-focused supervision; contact with treatment-team leaders and their meetings at least quarterly; monthly field mentoring for new specialists; outcome review with goals at least quarterly.',
    },
    anchors: [
      { sv: '0–1 av rollerna finns', en: '0–1 roles present' },
      { sv: '2 av rollerna finns', en: '2 roles present' },
      { sv: '3 av rollerna finns', en: '3 roles present' },
      { sv: '4 av rollerna finns', en: '4 roles present' },
      { sv: 'Alla 5 rollerna finns', en: 'All 5 roles present' },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'zero_exclusion',
    number: 9,
    section: 'organisation',
    code: 'O6',
    title: { sv: 'Inga uteslutningskriterier', en: 'Zero exclusion criteria' },
    text: {
      sv: 'Alla som vill arbeta får tillgång; ingen sållas bort för bristande arbetsförmåga, missbruk, symtom, våld, kognitiva svårigheter eller hur de framstår.',
      en: 'Everyone who wants to work gets access; no one is screened out for readiness, substance use, symptoms, violence history, cognitive impairment or presentation.',
    },
    anchors: [
      { sv: 'Det finns formella uteslutningskriterier', en: 'A formal exclusion policy exists' },
      {
        sv: 'De flesta får inte tillgång på grund av att de inte bedöms redo',
        en: 'Most clients cannot get access because of perceived lack of readiness',
      },
      {
        sv: 'Vissa får inte tillgång på grund av att de inte bedöms redo',
        en: 'Some clients cannot get access because of perceived lack of readiness',
      },
      {
        sv: 'Inga tecken på uteslutning, men remisserna kommer från få källor',
        en: 'No sign of exclusion, but referrals come from a limited range of sources',
      },
      {
        sv: 'Ingen uteslutning; behandlarna uppmuntrar aktivt till arbete; remisser från många källor; nytt arbetssökande erbjuds när ett arbete upphör',
        en: 'No exclusion; practitioners actively encourage work; referrals from many sources; a new job search is offered after any job ends',
      },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'agency_focus',
    number: 10,
    section: 'organisation',
    code: 'O7',
    title: {
      sv: 'Verksamheten fokuserar på reguljärt arbete',
      en: 'Agency focus on competitive employment',
    },
    text: {
      sv: 'Fem strategier, bland annat frågor om intresse för arbete vid intag och vid planuppföljning, och en rapport om andelen i arbete varje kvartal.',
      en: 'Five strategies, including asking about interest in work at intake and at plan reviews, and a quarterly employment-rate report.',
    },
    anchors: [
      { sv: '0–1 av strategierna finns', en: '0–1 strategies present' },
      { sv: '2 av strategierna finns', en: '2 strategies present' },
      { sv: '3 av strategierna finns', en: '3 strategies present' },
      { sv: '4 av strategierna finns', en: '4 strategies present' },
      { sv: 'Alla 5 strategierna finns', en: 'All 5 strategies present' },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'executive_support',
    number: 11,
    section: 'organisation',
    code: 'O8',
    title: {
      sv: 'Ledarna för verksamheten stödjer IPS',
      en: 'Executive team support for supported employment',
    },
    text: {
      sv: 'Fem delar: ledningen känner IPS-principerna; kvalitetsuppföljning med skalan; en styrgrupp med chef; chefen kommunicerar målen till all personal; IPS-ledaren rapporterar hinder till ledningen.',
      en: 'Five components: executives know the IPS principles; quality assurance using the scale; a steering committee with an executive; the CEO communicates the goals to all staff; the IPS leader reports barriers to the executive team.',
    },
    anchors: [
      { sv: '0–1 av delarna finns', en: '0–1 components present' },
      { sv: '2 av delarna finns', en: '2 components present' },
      { sv: '3 av delarna finns', en: '3 components present' },
      { sv: '4 av delarna finns', en: '4 components present' },
      { sv: 'Alla 5 delarna finns', en: 'All 5 components present' },
    ],
    provenance: 'P',
    computable: 'no',
  },
];
