/*
 * Förklaringarna till förslagen från uppgifterna (IPS-25), en mening per nyckel i
 * `fidelityNoteKeys` (@lots/core). `{{n}}` (ett antal) och `{{date}}` sätts in redan
 * formaterade med svenska tal och datum; `count` väljer singular eller plural.
 */
export const svFidelityNotes = {
  noOpenEnrolment: 'Ingen inskrivning var öppen {{date}}: det finns inget att räkna.',
  noJobStart: 'Ingen anställning påbörjades under perioden: det finns inget att räkna.',
  caseloadNoFte:
    'Ingen IPS-coach i programmet har en tjänstgöringsgrad över 0: det finns inget att dela med.',
  caseloadComputed:
    'Öppna inskrivningar {{date}} delat med antalet heltidstjänster, avrundat till heltal (0,5 uppåt). Skalan gäller varje IPS-coach på heltid: jämför med det högsta antalet deltagare per IPS-coach omräknat till heltid i underlaget.',
  caseloadUnassigned_one: '{{n}} öppen inskrivning saknar IPS-coach.',
  caseloadUnassigned_other: '{{n}} öppna inskrivningar saknar IPS-coach.',
  rapidNoEnrolment: 'Ingen inskrivning påbörjades under perioden: det finns inget att räkna.',
  rapidNoContactYet_one:
    'Den enda inskrivningen under perioden har ännu ingen arbetsgivarkontakt ansikte mot ansikte.',
  rapidNoContactYet_other:
    'Ingen av de {{n}} inskrivningarna under perioden har ännu någon arbetsgivarkontakt ansikte mot ansikte.',
  rapidComputed_one:
    'Antal dagar från inskrivning till första arbetsgivarkontakten ansikte mot ansikte, för {{n}} inskrivning.',
  rapidComputed_other:
    'Genomsnittligt antal dagar från inskrivning till första arbetsgivarkontakten ansikte mot ansikte, över {{n}} inskrivningar.',
  rapidWithout_one:
    '{{n}} inskrivning under perioden har ännu ingen sådan kontakt och ingår inte i genomsnittet.',
  rapidWithout_other:
    '{{n}} inskrivningar under perioden har ännu ingen sådan kontakt och ingår inte i genomsnittet.',
  contactFrequencyNoSpecialists: 'Programmet har inga IPS-coacher: det finns inget att dela med.',
  contactFrequencyComputed:
    'Arbetsgivarkontakter ansikte mot ansikte per IPS-coach och vecka under de senaste 12 veckorna. Om en samordnare går igenom kontaktloggen (nivå 3–5) bedömer du som bedömare.',
  jobTypeComputed:
    'Antalet olika slags arbeten delat med antalet påbörjade anställningar under perioden, i procent avrundat till heltal. Slaget av arbete avgörs av SSYK-koden, annars av yrkestiteln.',
  jobTypeUntyped_one:
    '{{n}} anställning saknar både SSYK-kod och yrkestitel och räknas som ett eget slags arbete.',
  jobTypeUntyped_other:
    '{{n}} anställningar saknar både SSYK-kod och yrkestitel och räknas som var sitt slags arbete.',
  employerDiversityComputed:
    'Antalet olika arbetsgivare delat med antalet påbörjade anställningar under perioden, i procent avrundat till heltal.',
  competitiveComputed:
    'Konkurrensutsatta anställningar delat med alla påbörjade anställningar under perioden, i procent avrundat till heltal. Skalan frågar också om anställningarna är tillsvidare: se antalet konkurrensutsatta tillsvidareanställningar i underlaget.',
  contactQualityNoContact: 'Ingen arbetsgivarkontakt under perioden: det finns inget att räkna.',
  contactQualityNoFaceToFace:
    'Delvis beräkningsbar: arbetsgivarkontakter finns under perioden men ingen ansikte mot ansikte (Lots föreslår 1, arbetsgivare träffas sällan).',
  contactQualityNoEmployer:
    'Arbetsgivarkontakterna ansikte mot ansikte under perioden anger ingen arbetsgivare: besök per arbetsgivare går inte att räkna.',
  contactQualityComputed:
    'Delvis beräkningsbar: andelen arbetsgivare som träffats ansikte mot ansikte under perioden och som besökts minst två gånger (Lots omräkning: minst 50 % → 4, minst 25 % → 3, annars 2). Om besöken var planerade, tog reda på arbetsgivarens behov och lyfte fram deltagarnas styrkor ser man vid skuggning: du som bedömare avgör 5.',
  communityNoLocation:
    'Ingen aktivitet under perioden har en plats angiven: det finns inget att räkna.',
  communityComputed:
    'Andelen aktiviteter med angiven plats (arbetsgivarkontakter, fortlöpande stöd, möten) som skedde ute i samhället, i deltagarens hem eller på en arbetsplats; exakt 30 % ger 2. Varje aktivitet räknas en gång (Lots registrerar inga timmar).',
  communityWithoutLocation_one: '{{n}} aktivitet utan angiven plats räknas inte.',
  communityWithoutLocation_other: '{{n}} aktiviteter utan angiven plats räknas inte.',
  individualizedComputed:
    'Delvis beräkningsbar: andelen påbörjade anställningar med fortlöpande stöd efter starten (Lots omräkning: minst 75 % → 3, minst 40 % → 2, annars 1). Varierat stöd, stöd till arbetsgivaren på begäran, stöd från flera personer (team, familj, arbetskamrater) och karriärutveckling bedömer du som bedömare (4–5).',
  agencyNoMeeting:
    'Inget trepartsmöte registrerat under perioden: loggen visar inte om kontakten med Arbetsförmedlingen eller Försäkringskassan skett på annat sätt. Fråga programmet.',
  agencyComputed_one:
    'Delvis beräkningsbar: {{n}} trepartsmöte med Arbetsförmedlingen eller Försäkringskassan om gemensamma deltagare; värdet är andelen månader under perioden med minst ett möte (Lots omräkning: varje vecka → 4, varje månad → 3, varje kvartal → 2, annars 1). Kontakt per telefon eller e-post loggas inte, och 5 kräver schemalagda möten med myndigheten själv: du som bedömare avgör.',
  agencyComputed_other:
    'Delvis beräkningsbar: {{n}} trepartsmöten med Arbetsförmedlingen eller Försäkringskassan om gemensamma deltagare; värdet är andelen månader under perioden med minst ett möte (Lots omräkning: varje vecka → 4, varje månad → 3, varje kvartal → 2, annars 1). Kontakt per telefon eller e-post loggas inte, och 5 kräver schemalagda möten med myndigheten själv: du som bedömare avgör.',
  teamContactNoSpecialist: 'Programmet har ingen IPS-coach: det finns inget att räkna.',
  teamContactShown:
    'Delvis beräkningsbar: värdet är andelen IPS-coachveckor av de senaste 12 med möte med behandlingsteamet. Komponent 1 (möte med behandlingsteamet varje vecka) är uppfylld (minst 90 %). Poängen räknar fem komponenter; de andra fyra kräver intervjuer eller observation, så du som bedömare sätter poängen.',
  teamContactNotShown:
    'Delvis beräkningsbar: värdet är andelen IPS-coachveckor av de senaste 12 med möte med behandlingsteamet. Komponent 1 (möte med behandlingsteamet varje vecka) är inte uppfylld (under 90 %). Poängen räknar fem komponenter; de andra fyra kräver intervjuer eller observation, så du som bedömare sätter poängen.',
  teamAssignmentNoTeam:
    'Ingen IPS-coach med öppna inskrivningar är knuten till ett team i Lots: du som bedömare väljer mellan nivå 1 och 2.',
  teamAssignmentComputed:
    'Delvis beräkningsbar: andelen av de öppna inskrivningarna {{date}} som remitterats från psykiatrin (Lots omräkning: minst 90 % → 5, minst 75 % → 4, minst 50 % → 3, annars 2). Lots registrerar ett team per IPS-coach och inget behandlingsteam per deltagare: kontrollera att de remitterande teamen är IPS-coachernas egna.',
  teamAssignmentWithoutTeam_one: '{{n}} IPS-coach med öppna inskrivningar saknar team.',
  teamAssignmentWithoutTeam_other: '{{n}} IPS-coacher med öppna inskrivningar saknar team.',
  incentivesComputed:
    'Delvis beräkningsbar: andelen påbörjade anställningar med ekonomisk vägledning senast startdagen (Lots omräkning: minst 90 % → 4, minst 50 % → 3, över 0 → 2, annars 1). Uppgifterna visar inte vem som gav vägledningen eller om den gavs igen när timmar eller lön ändrades: du som bedömare avgör 2–3 och 5.',
  timeUnlimitedTooEarly:
    'Alla anställningar under perioden påbörjades mindre än 4 månader före bedömningsdagen: det är för tidigt att säga.',
  timeUnlimitedComputed:
    'Delvis beräkningsbar: andelen påbörjade anställningar (minst 4 månader gamla) med fortlöpande stöd till deltagaren efter den tredje månaden (Lots omräkning: minst 50 % → 3, över 0 → 2, annars 1). Uppgifterna om fortlöpande stöd säger inte om det skedde ansikte mot ansikte, och nivå 4–5 (varje månad i ett år, stöd kring start och när ett arbete tar slut) bedömer du som bedömare.',
  zeroExclusionNoReferral: 'Ingen remiss kom in under perioden: det finns inget att räkna.',
  zeroExclusionDeclined_one:
    'Delvis beräkningsbar: {{n}} remiss avböjdes under perioden (värdet är andelen av remisserna). Läs skälen: avböjs någon för att den inte anses redo betyder det nivå 2 eller 3, en formell uteslutningspolicy nivå 1.',
  zeroExclusionDeclined_other:
    'Delvis beräkningsbar: {{n}} remisser avböjdes under perioden (värdet är andelen av remisserna). Läs skälen: avböjs någon för att den inte anses redo betyder det nivå 2 eller 3, en formell uteslutningspolicy nivå 1.',
  zeroExclusionNoneDeclined_one:
    'Delvis beräkningsbar: ingen remiss avböjdes under perioden (Lots föreslår 4, inga tecken på uteslutning). 5 kräver också att personalen aktivt uppmuntrar till arbete och att remisserna kommer från många håll (här {{n}} slags remittent): du som bedömare avgör.',
  zeroExclusionNoneDeclined_other:
    'Delvis beräkningsbar: ingen remiss avböjdes under perioden (Lots föreslår 4, inga tecken på uteslutning). 5 kräver också att personalen aktivt uppmuntrar till arbete och att remisserna kommer från många håll (här {{n}} slags remittenter): du som bedömare avgör.',
};
