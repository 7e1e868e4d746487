import type { TFidelityItem } from './types.ts';

/*
 * IPS-25 items 12–25 (Services SV1–SV14), anchors paraphrased from
 * shared/domain/fidelity-items.md §3 and translated; see ips25-v1-staffing-organisation.ts.
 * Where the printed anchors leave a gap or overlap (competitive jobs 64.x %, community
 * time exactly 30 %), the anchor text states the rule Lots applies (fidelity.md "Edge rules").
 */
export const ips25V1Services: readonly TFidelityItem[] = [
  {
    id: 'work_incentives_planning',
    number: 12,
    section: 'services',
    code: 'SV1',
    title: { sv: 'Ekonomisk vägledning', en: 'Work incentives planning' },
    text: {
      sv: 'Alla deltagare erbjuds hjälp till en allsidig, individuell ekonomisk vägledning innan ett nytt arbete börjar, och igen vid ändrade timmar eller lön.',
      en: 'Every client is offered help to get comprehensive, individualised work-incentives (benefits) planning before starting a new job, and again when hours or pay change.',
    },
    anchors: [
      {
        sv: 'Ekonomisk vägledning finns inte eller är svår att få för de flesta',
        en: 'Not readily available or easily accessible to most clients',
      },
      {
        sv: 'Arbetscoacherna hänvisar bara till andra yrkesgrupper eller myndigheter',
        en: 'Specialists only refer people to other professionals or agencies',
      },
      {
        sv: 'Arbetscoacherna går själva igenom med varje deltagare hur ersättningarna påverkas av arbete',
        en: 'Specialists themselves discuss with each client how benefits change with work',
      },
      {
        sv: 'Coacher eller behandlare erbjuder hjälp till allsidig, individuell vägledning av någon utbildad för det innan arbetet börjar',
        en: 'Specialists or practitioners offer help to get comprehensive, individual planning from someone trained in it before the client starts a job',
      },
      {
        sv: 'Som 4, av en särskilt utbildad vägledare, med ny vägledning när timmar eller lön ändras och hjälp att rapportera inkomster',
        en: 'As 4, by a specially trained planner, plus planning again when hours or pay change, and help with reporting earnings',
      },
    ],
    provenance: 'P?',
    computable: 'partly',
  },
  {
    id: 'disclosure',
    number: 13,
    section: 'services',
    code: 'SV2',
    title: { sv: 'Att berätta om sin funktionsnedsättning', en: 'Disclosure' },
    text: {
      sv: 'Fyra delar: det krävs aldrig för att få stöd; för- och nackdelar gås igenom i förväg; vad som kan sägas och exempel på formuleringar; frågan tas upp vid fler än ett tillfälle.',
      en: 'Four components: never required for the service; pros and cons discussed beforehand; what could be disclosed with example wording; raised on more than one occasion.',
    },
    anchors: [
      { sv: 'Ingen av delarna finns', en: 'No components present' },
      { sv: '1 av delarna finns', en: '1 component present' },
      { sv: '2 av delarna finns', en: '2 components present' },
      { sv: '3 av delarna finns', en: '3 components present' },
      { sv: 'Alla 4 delarna finns', en: 'All 4 components present' },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'vocational_assessment',
    number: 14,
    section: 'services',
    code: 'SV3',
    title: {
      sv: 'Fortlöpande arbetsbaserad kartläggning',
      en: 'Ongoing, work-based vocational assessment',
    },
    text: {
      sv: 'Den första kartläggningen tar 2–3 träffar och skrivs in i en yrkesprofil som uppdateras efter varje arbetserfarenhet.',
      en: 'The initial assessment takes 2–3 sessions and is recorded in a vocational profile that is updated after every job experience.',
    },
    anchors: [
      {
        sv: 'Testning på kontoret före placering (standardiserade test, begåvningstest, arbetsprov)',
        en: 'Pre-placement testing in the office (standardised tests, IQ, work samples)',
      },
      {
        sv: 'Stegvis bedömning genom förberedande arbete, volontärarbete eller skyddade platser',
        en: 'Step-wise assessment through prevocational work, volunteering or sheltered jobs',
      },
      {
        sv: 'Direkt till reguljärt arbetssökande utan systematisk genomgång av intressen, styrkor och erfarenheter, och utan analys av avslutade arbeten',
        en: 'Straight to competitive job search without systematically reviewing interests, strengths or experience, and without analysing job endings',
      },
      {
        sv: 'Kartläggning på 2–3 träffar; lärdomar av varje arbete analyseras med teamet men förs inte in i profilen, eller profilen hålls inte aktuell',
        en: '2–3-session initial assessment; lessons from each job analysed with the team but not recorded in the profile, or the profile not kept current',
      },
      {
        sv: 'Yrkesprofil klar på 2–3 träffar, används för att hitta arbetstyper och miljöer och uppdateras efter varje arbetserfarenhet',
        en: 'Profile completed over 2–3 sessions, used to identify job types and settings, and updated with every job experience',
      },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'rapid_job_search',
    number: 15,
    section: 'services',
    code: 'SV4',
    title: { sv: 'Snabbt arbetssökande', en: 'Rapid job search for competitive job' },
    text: {
      sv: 'Första personliga kontakten med en arbetsgivare om ett reguljärt arbete sker inom 30 dagar från inskrivningen.',
      en: 'The first face-to-face contact with an employer about a competitive job takes place within 30 days of programme entry.',
    },
    anchors: [
      { sv: 'I genomsnitt 271 dagar eller mer', en: 'On average 271 days or more' },
      { sv: 'I genomsnitt 151–270 dagar', en: 'On average 151–270 days' },
      { sv: 'I genomsnitt 61–150 dagar', en: 'On average 61–150 days' },
      { sv: 'I genomsnitt 31–60 dagar', en: 'On average 31–60 days' },
      { sv: 'I genomsnitt 30 dagar eller färre', en: 'On average 30 days or fewer' },
    ],
    provenance: 'P',
    computable: 'yes',
  },
  {
    id: 'individualized_job_search',
    number: 16,
    section: 'services',
    code: 'SV5',
    title: { sv: 'Individuellt arbetssökande', en: 'Individualized job search' },
    text: {
      sv: 'Arbetsgivarkontakterna utgår från deltagarens önskemål och behov, inte bara från vilka arbeten som finns.',
      en: "Employer contacts aim at a good match with the client's preferences and needs, not just at the jobs available.",
    },
    anchors: [
      { sv: 'Under 25 % av kontakterna', en: 'Under 25% of contacts' },
      { sv: '25–49 % av kontakterna', en: '25–49% of contacts' },
      { sv: '50–74 % av kontakterna', en: '50–74% of contacts' },
      {
        sv: '75–89 % av kontakterna, i linje med planen',
        en: '75–89% of contacts, consistent with the employment plan',
      },
      {
        sv: '90–100 % av kontakterna, och sökandet följer planen',
        en: '90–100% of contacts, and the search follows the plan',
      },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'employer_contact_frequency',
    number: 17,
    section: 'services',
    code: 'SV6',
    title: {
      sv: 'Utveckla arbeten – täta besök hos arbetsgivare',
      en: 'Job development: frequent employer contact',
    },
    text: {
      sv: 'Varje arbetscoach har minst 6 personliga arbetsgivarkontakter i veckan för deltagare som söker arbete.',
      en: 'Each specialist makes at least 6 face-to-face employer contacts per week for clients looking for work.',
    },
    anchors: [
      { sv: 'Färre än 2 i veckan', en: 'Fewer than 2 per week' },
      {
        sv: '2 i veckan, ELLER ingen uppföljning av kontakterna',
        en: '2 per week, OR no tracking process',
      },
      {
        sv: '4 i veckan, med en logg som handledaren går igenom varje månad',
        en: '4 per week, with a tracking form the supervisor reviews monthly',
      },
      {
        sv: '5 i veckan, med loggen genomgången varje vecka',
        en: '5 per week, with the form reviewed weekly',
      },
      {
        sv: '6 eller fler i veckan, med loggen genomgången varje vecka (färre än 3 arbetssökande: 2 × antalet räcker)',
        en: '6 or more per week, with the form reviewed weekly (fewer than 3 job seekers: 2 × their number is enough)',
      },
    ],
    provenance: 'P',
    computable: 'yes',
  },
  {
    id: 'employer_contact_quality',
    number: 18,
    section: 'services',
    code: 'SV7',
    title: {
      sv: 'Utveckla arbeten – skapa relationer till arbetsgivare',
      en: 'Job development: quality of employer contact',
    },
    text: {
      sv: 'Arbetscoacherna bygger relationer med arbetsgivare genom flera planerade besök, lär sig deras behov och presenterar deltagares styrkor.',
      en: "Specialists build relationships with employers through several planned visits, learning the employer's needs and presenting client strengths.",
    },
    anchors: [
      {
        sv: 'Träffar arbetsgivare bara när ansökningar lämnas in, eller sällan',
        en: 'Meet employers only when helping hand in applications, or rarely',
      },
      {
        sv: 'Frågar arbetsgivare om lediga platser och förmedlar tipsen',
        en: 'Ask employers about openings and pass leads to clients',
      },
      {
        sv: 'Följer upp utannonserade platser, presenterar sig och programmet och ber om intervju',
        en: 'Follow up advertised openings, introduce themselves and the programme, and ask for an interview',
      },
      {
        sv: 'Träffar arbetsgivare personligen oavsett lediga platser, beskriver deltagares styrkor och ber om intervjuer',
        en: 'Meet employers in person whether or not there is an opening, describe client strengths and ask for interviews',
      },
      {
        sv: 'Bygger relationer genom flera planerade besök enligt ovan',
        en: 'Full relationship building over several planned visits',
      },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'job_type_diversity',
    number: 19,
    section: 'services',
    code: 'SV8',
    title: { sv: 'Variation av arbetstyper', en: 'Diversity of job types' },
    text: {
      sv: 'Arbetscoacherna hjälper deltagarna till olika typer av arbeten.',
      en: 'Specialists help clients get different types of jobs.',
    },
    anchors: [
      { sv: 'Under 50 % av arbetena är av olika typ', en: 'Under 50% of jobs differ in type' },
      { sv: '50–59 %', en: '50–59%' },
      { sv: '60–69 %', en: '60–69%' },
      { sv: '70–84 %', en: '70–84%' },
      { sv: '85–100 %', en: '85–100%' },
    ],
    provenance: 'P',
    computable: 'yes',
  },
  {
    id: 'employer_diversity',
    number: 20,
    section: 'services',
    code: 'SV9',
    title: { sv: 'Variation av arbetsgivare', en: 'Diversity of employers' },
    text: {
      sv: 'Arbetscoacherna hjälper deltagarna till arbeten hos olika arbetsgivare.',
      en: 'Specialists help clients get jobs with different employers.',
    },
    anchors: [
      {
        sv: 'Under 50 % av arbetena är hos olika arbetsgivare',
        en: 'Under 50% of jobs with different employers',
      },
      { sv: '50–59 %', en: '50–59%' },
      { sv: '60–69 %', en: '60–69%' },
      { sv: '70–84 %', en: '70–84%' },
      { sv: '85–100 %', en: '85–100%' },
    ],
    provenance: 'P',
    computable: 'yes',
  },
  {
    id: 'competitive_jobs',
    number: 21,
    section: 'services',
    code: 'SV10',
    title: { sv: 'Permanenta arbeten', en: 'Competitive jobs' },
    text: {
      sv: 'Arbetscoacherna erbjuder reguljära arbeten med tillsvidareanställning snarare än tillfälliga eller tidsbegränsade arbeten.',
      en: 'Specialists offer competitive jobs with permanent status rather than temporary or time-limited jobs.',
    },
    anchors: [
      {
        sv: 'Under 65 % är reguljära, permanenta arbeten (skalan skriver "under 64 %"; allt under 65 % ger 1)',
        en: 'Under 65% are permanent competitive jobs (the scale prints "less than 64%"; anything below 65% scores 1)',
      },
      { sv: '65–74 %', en: '65–74%' },
      { sv: '75–84 %', en: '75–84%' },
      { sv: '85–94 %', en: '85–94%' },
      { sv: '95 % eller mer', en: '95% or more' },
    ],
    provenance: 'P?',
    computable: 'yes',
  },
  {
    id: 'individualized_follow_along',
    number: 22,
    section: 'services',
    code: 'SV11',
    title: {
      sv: 'Uppföljande stöd anpassat efter individen',
      en: 'Individualized follow-along supports',
    },
    text: {
      sv: 'Stödet till den som arbetar formas efter arbetet och deltagaren och ges av flera: behandlingsteam, närstående, arbetskamrater och arbetscoach; även stöd till arbetsgivaren och karriärutveckling.',
      en: 'Support for a working client is shaped by the job and the client and given by several people: treatment team, family, co-workers and the specialist; also employer support and career development.',
    },
    anchors: [
      {
        sv: 'De flesta får inget stöd efter att ha börjat arbeta',
        en: 'Most clients get no support after starting work',
      },
      {
        sv: 'Ungefär hälften av dem som arbetar får ett smalt stöd, mest från arbetscoachen',
        en: 'About half of working clients get a narrow range of support, mostly from the specialist',
      },
      {
        sv: 'De flesta som arbetar får ett smalt stöd, mest från arbetscoachen',
        en: 'Most working clients get a narrow range of support, mostly from the specialist',
      },
      {
        sv: 'Stödet är individuellt och varierat, och arbetsgivaren får stöd om deltagaren vill',
        en: 'Support is individual and varied, and the specialist supports the employer on request',
      },
      {
        sv: 'Som 4, och stöd från flera (team, närstående, arbetskamrater) samt hjälp med karriärutveckling',
        en: 'As 4, plus support from several people (team, family, co-workers) and career-development help',
      },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'time_unlimited_follow_along',
    number: 23,
    section: 'services',
    code: 'SV12',
    title: {
      sv: 'Uppföljande stöd under obegränsad tid',
      en: 'Time-unlimited follow-along supports',
    },
    text: {
      sv: 'Personlig kontakt inom en vecka före och tre dagar efter arbetsstart, varje vecka första månaden och minst varje månad i ett år eller mer.',
      en: 'Face-to-face contact within 1 week before and 3 days after the job start, weekly in the first month and at least monthly for a year or more.',
    },
    anchors: [
      {
        sv: 'Ingen personlig kontakt efter första månaden i arbetet',
        en: 'No face-to-face contact after the first month in the job',
      },
      {
        sv: 'Personlig kontakt i minst 4 månader med färre än hälften av dem som arbetar',
        en: 'Face-to-face contact for at least 4 months with fewer than half of working clients',
      },
      {
        sv: 'Personlig kontakt i minst 4 månader med minst hälften av dem som arbetar',
        en: 'Face-to-face contact for at least 4 months with at least half of working clients',
      },
      {
        sv: 'Varje vecka första månaden, sedan minst varje månad i ett år eller mer i genomsnitt',
        en: 'Weekly in month 1, then at least monthly for a year or more on average',
      },
      {
        sv: 'Som 4, och kontakt inom en vecka före och tre dagar efter starten, överlämning till behandlare och kontakt inom tre dagar efter förlorat arbete',
        en: 'As 4, plus contact within 1 week before and 3 days after the start, step-down to mental health staff, and contact within 3 days of a job loss',
      },
    ],
    provenance: 'P',
    computable: 'partly',
  },
  {
    id: 'community_based_services',
    number: 24,
    section: 'services',
    code: 'SV13',
    title: { sv: 'Samhällsbaserade tjänster', en: 'Community-based services' },
    text: {
      sv: 'Engagemang, arbetssökande och uppföljande stöd sker i naturliga miljöer ute i samhället.',
      en: 'Engagement, job finding and follow-along take place in natural community settings.',
    },
    anchors: [
      {
        sv: 'Under 30 % av den schemalagda tiden ute i samhället',
        en: 'Under 30% of scheduled hours in the community',
      },
      {
        sv: '30–39 % (exakt 30 % ger 2; skalan överlappar där)',
        en: '30–39% (exactly 30% scores 2; the printed anchors overlap there)',
      },
      { sv: '40–49 %', en: '40–49%' },
      { sv: '50–64 %', en: '50–64%' },
      { sv: '65 % eller mer', en: '65% or more' },
    ],
    provenance: 'P',
    computable: 'yes',
  },
  {
    id: 'assertive_outreach',
    number: 25,
    section: 'services',
    code: 'SV14',
    title: { sv: 'Aktivt uppsökande verksamhet', en: 'Assertive engagement and outreach' },
    text: {
      sv: 'Sex strategier: inga avslut för uteblivna besök eller tidsgränser; uppsökandet dokumenteras; görs av hela teamet; flera hem- eller samhällsbesök; gemensamma besök; kontakt med närstående där det passar.',
      en: 'Six strategies: no closure for missed appointments or time limits; outreach documented; done by the integrated team; several home or community visits; joint visits; family contacted where appropriate.',
    },
    anchors: [
      { sv: '2 eller färre av strategierna', en: '2 or fewer strategies' },
      { sv: '3 av strategierna', en: '3 strategies' },
      { sv: '4 av strategierna', en: '4 strategies' },
      { sv: '5 av strategierna', en: '5 strategies' },
      { sv: 'Alla 6 strategierna', en: 'All 6 strategies' },
    ],
    provenance: 'P',
    computable: 'partly',
  },
];
