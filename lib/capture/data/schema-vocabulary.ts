/**
 * schema.org vocabulary tables: which types name an organisation, a place, a person or a web page,
 * and which properties lead away from the page's own entity. Every entry is compared with a local
 * name lower-cased by `typeNames` (or a lower-cased property key), so the sets lower-case their
 * entries: a camel-cased entry would otherwise never match.
 */

import type { OrgKind } from '../types';

function lowerCaseSet(entries: string[]): ReadonlySet<string> {
  return new Set(entries.map((entry) => entry.toLowerCase()));
}

/** Types that are organisations (schema.org Organization and its subtypes we meet). */
export const ORG_TYPES = lowerCaseSet([
  'organization',
  'corporation',
  'ngo',
  'nonprofit',
  'newsmediaorganization',
  'educationalorganization',
  'collegeoruniversity',
  'elementaryschool',
  'highschool',
  'middleschool',
  'preschool',
  'school',
  'schooldistrict',
  'governmentorganization',
  'localbusiness',
  'library',
  'librarysystem',
  'musicgroup',
  'performinggroup',
  'danceGroup',
  'theatergroup',
  'sportsteam',
  'sportsorganization',
  'sportsclub',
  'medicalorganization',
  'airline',
  'consortium',
  'fundingagency',
  'fundingscheme',
  'onlinebusiness',
  'onlinestore',
  'project',
  'researchproject',
  'researchorganization',
  'workersunion',
  'politicalparty',
  'searchrescueorganization',
  'foodestablishment',
  'lodgingbusiness',
  'hotel',
  'motel',
  'hostel',
  'restaurant',
  'cafeorcoffeeshop',
  'barorpub',
  'bakery',
  'brewery',
  'winery',
  'store',
  'museum',
  'hospital',
  'dentist',
  'pharmacy',
  // a MedicalClinic, as a special announcement names it
  'covidtestingfacility',
  'legalservice',
  'attorney',
  'notary',
  'realestateagent',
  'travelagency',
  'bank',
  'bankorcreditunion',
  'insuranceagency',
  'employmentagency',
  'childcare',
  'dryCleaningorlaundry',
  'libraryorganization',
  'radiostation',
  'televisionstation',
  // a broadcaster's channel, as a line-up lists it
  'broadcastchannel',
  'televisionchannel',
  'radiochannel',
  'publisher',
  'brand',
]);

/** Unknown types ending like these are organisations too (e.g. "ChildCareCenter", "YogaStudio"). */
export const ORG_SUFFIX =
  /(organization|organisation|business|store|shop|restaurant|hotel|school|team|group|agency|office|club|center|centre|bank|clinic|company|service|establishment|dealer|contractor|practice|bar|brewery|winery|cafe|pub|gym|salon|spa|hospital|pharmacy|dentist|physician|attorney|notary|university|college|library|station|studio|union|council|church|synagogue|mosque|temple)$/;

/** schema.org's Service and its subtypes: things offered, not the business offering them (whose
 * LocalBusiness types, e.g. FinancialService, also end in "service"). */
export const OFFERED_SERVICE_TYPES = lowerCaseSet([
  'service',
  'broadcastservice',
  'cableorsatelliteservice',
  'financialproduct',
  'foodservice',
  'governmentservice',
  'taxi',
  'taxiservice',
  'webapi',
]);

/** Types that are places. */
export const PLACE_TYPES = lowerCaseSet([
  'place',
  'touristattraction',
  'landmarksorhistoricalbuildings',
  'civicstructure',
  'airport',
  'trainstation',
  'busstation',
  'subwaystation',
  'taxistand',
  'park',
  'beach',
  'mountain',
  'city',
  'country',
  'state',
  'administrativearea',
  'residence',
  'accommodation',
  'apartment',
  'house',
  'landform',
  'bodyofwater',
  'postaladdress',
  'geocoordinates',
  'playground',
  'zoo',
  'stadiumorarena',
  'eventvenue',
  'musicvenue',
  'placeofworship',
  'touristdestination',
  'singlefamilyresidence',
  'apartmentcomplex',
  'gatedresidencecommunity',
  'room',
  'suite',
  'hotelroom',
  'meetingroom',
  'campingpitch',
  'bridge',
  'boatterminal',
  'busstop',
  'campground',
  'cemetery',
  'parkingfacility',
  'governmentbuilding',
  'rvpark',
  'seabodyofwater',
  'lakebodyofwater',
  'riverbodyofwater',
  'continent',
  'volcano',
]);

/** Types that are people. */
export const PERSON_TYPES = lowerCaseSet(['person', 'patient']);

/** Types that are the web site or page itself rather than what it is about. */
export const SITE_TYPES = lowerCaseSet([
  'website',
  'webpage',
  'aboutpage',
  'contactpage',
  'collectionpage',
  'profilepage',
  'itempage',
  'searchresultspage',
  'faqpage',
  'checkoutpage',
  'realestatelisting',
  'medicalwebpage',
]);

/** Properties whose nested things are never the page's entity (authors, members, parts …). */
export const NOT_ENTITY_PROPS = lowerCaseSet([
  'author',
  'creator',
  'contributor',
  'editor',
  'performer',
  'performers',
  'organizer',
  'sponsor',
  'funder',
  'alumni',
  'alumniof',
  'member',
  'members',
  'memberof',
  'employee',
  'employees',
  'founder',
  'founders',
  'department',
  'suborganization',
  'parentorganization',
  'location',
  'review',
  'reviews',
  'itemreviewed',
  'attendee',
  'actor',
  'director',
  'composer',
  'worksfor',
  'affiliation',
  'address',
  'contactpoint',
  'geo',
  'offers',
  'potentialaction',
  'breadcrumb',
  'image',
  'logo',
  'mainentityofpage',
  'ispartof',
  'haspart',
  'copyrightholder',
  'accountableperson',
]);

/**
 * schema.org types that say outright what kind of partner an organisation is. The page's author
 * chose the type on purpose, so it wins over words in the name or description: an `NGO` whose
 * description mentions "after-school clubs" is a nonprofit, not a school.
 */
export const KIND_OF_TYPE: ReadonlyMap<string, OrgKind> = new Map([
  ...kinds('nonprofit', ['NGO', 'NonProfit', 'NonprofitOrganization', 'Charity']),
  ...kinds('library', ['Library', 'LibrarySystem']),
  ...kinds('higher-ed', ['CollegeOrUniversity']),
  ...kinds('school', ['School', 'ElementarySchool', 'MiddleSchool', 'HighSchool', 'Preschool']),
  ...kinds('district', ['SchoolDistrict']),
  ...kinds('government', [
    'GovernmentOrganization',
    'GovernmentOffice',
    'GovernmentBuilding',
    'CityHall',
    'Courthouse',
    'Embassy',
    'LegislativeBuilding',
    'PoliceStation',
    'FireStation',
    'PostOffice',
    'GovernmentService',
  ]),
  ...kinds('faith', [
    'PlaceOfWorship',
    'Church',
    'CatholicChurch',
    'Mosque',
    'Synagogue',
    'HinduTemple',
    'BuddhistTemple',
  ]),
  ...kinds('community-group', ['SportsTeam', 'SportsOrganization']),
  ...kinds('business', ['Corporation', 'OnlineBusiness', 'OnlineStore']),
]);

/**
 * Generic types that only hint at a kind: an `EducationalOrganization` may be a school or a
 * tutoring charity, a `LocalBusiness` is often a library or a club typed loosely. Words in the
 * name say more, so these are taken only when the words say nothing.
 */
export const KIND_HINT_OF_TYPE: ReadonlyMap<string, OrgKind> = new Map([
  ...kinds('school', ['EducationalOrganization']),
  ...kinds('business', ['LocalBusiness']),
]);

/**
 * Other organisation types ending like these are businesses (LocalBusiness has hundreds of
 * subtypes: "AutoRepair", "BookStore", "DaySpa" …); `ORG_TYPES` names the common ones.
 */
export const BUSINESS_SUFFIX =
  /(store|shop|restaurant|hotel|motel|hostel|business|bakery|brewery|winery|cafe|pub|bar|salon|spa|gym|dealer|contractor|travelagency|employmentagency|insuranceagency|bank|creditunion|company|establishment|repair|professionalservice|legalservice|laundry|pharmacy|dentist|attorney|notary|realestateagent)$/;

function kinds(kind: OrgKind, types: string[]): [string, OrgKind][] {
  return types.map((type) => [type.toLowerCase(), kind]);
}
