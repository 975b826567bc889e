// Welsh (cy-GB) for the ward contact sheet: a first translation by the developer, for Welsh-speaking
// review before release. Lines marked "check" are the ones the translator was least sure of.
define([], function () {
  return {
    PropertyPaneDescription: 'Un daflen i bob ward: ei chynghorwyr, pwy i gysylltu â nhw am bob gwasanaeth, ac eitemau briffio’r wythnos hon ar ei chyfer.',
    BasicGroupName: 'Gosodiadau',
    TitleFieldLabel: 'Pennawd',
    ListsSiteUrlFieldLabel: 'Y safle sy’n dal y rhestrau',
    ListsSiteUrlFieldDescription: 'Gadewch yn wag i ddefnyddio safle Hwb Aelodau–Swyddogion y tenant (MemberOfficerHubSiteUrl), neu fel arall y safle hwn.',
    CouncilNameFieldLabel: 'Enw’r cyngor (ar gyfer cardiau cyswllt)',

    LoadingLabel: 'Wrthi’n llwytho taflen gyswllt y ward…',
    RetryingMessage: 'Mae SharePoint yn brysur, felly mae hyn yn cymryd mwy o amser nag arfer. Yn dal i geisio (ymgais {0})…',
    ErrorHeading: 'Doedd dim modd llwytho taflen gyswllt y ward',
    BriefingErrorHeading: 'Doedd dim modd llwytho briffio’r wythnos hon',
    ErrorListNotFound: "Doedd dim modd dod o hyd i’r rhestr '{0}' ar {1}. Gofynnwch i’ch gweinyddwr SharePoint ychwanegu ap Hwb Aelodau–Swyddogion at y safle hwnnw, neu i olygydd y dudalen hon osod y safle cywir yng ngosodiadau’r rhan we.",
    ErrorSiteNotFound: "Does dim safle yn {0}. Gofynnwch i olygydd y dudalen hon wirio gosodiad 'Y safle sy’n dal y rhestrau' y rhan we.",
    ErrorColumnNotFound: "Does gan y rhestr '{0}' ar {1} ddim colofn '{2}'. Efallai ei bod wedi’i hailenwi neu ei dileu: gofynnwch i’ch gweinyddwr SharePoint ychwanegu’r ap eto i’w hadfer.",
    ErrorAccessDenied: "Does gennych chi ddim caniatâd i ddarllen y rhestr '{0}' ar {1}. Gofynnwch i’ch gweinyddwr SharePoint am fynediad darllen.",
    ErrorThrottled: 'Mae SharePoint yn brysur iawn ac wedi gofyn i ni arafu, ac mae’n dal yn brysur. Arhoswch funud, yna rhowch gynnig arall arni.',
    ErrorOverThreshold: "Mae’r rhestr '{0}' yn rhy fawr i’w darllen fel hyn. Gofynnwch i’ch gweinyddwr SharePoint wirio colofnau mynegeiedig yr ap.", // check: "mynegeiedig"
    ErrorConflict: 'Newidiodd rhywun arall hyn ar yr un pryd. Rhowch gynnig arall arni i weld y fersiwn ddiweddaraf.',
    ErrorNetwork: 'Doedd dim modd cyrraedd SharePoint. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.',
    ErrorListsSiteRefusedWebPart:
      "Gosodiad 'Y safle sy’n dal y rhestrau' y rhan we hon yw {0}, nad yw’n un o safleoedd SharePoint y sefydliad hwn ({1}), felly ni ddarllenir dim ohono. Gofynnwch i olygydd y dudalen hon ei osod i safle ar {1}, neu ei adael yn wag.",
    ErrorListsSiteRefusedTenant:
      'Gosodiad y tenant MemberOfficerHubSiteUrl yw {0}, nad yw’n un o safleoedd SharePoint y sefydliad hwn ({1}), felly ni ddarllenir dim ohono. Gofynnwch i’ch gweinyddwr SharePoint ei osod i’r safle ar {1} sy’n dal rhestrau Hwb Aelodau–Swyddogion.',
    ErrorUnknown: 'Aeth rhywbeth annisgwyl o’i le. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, dywedwch wrth eich gweinyddwr SharePoint: {0}',
    SomeList: 'un o’r rhestrau',
    RetryButton: 'Rhowch gynnig arall arni',

    WardPickerLabel: 'Ward',
    WardPickerPlaceholder: 'Dewiswch ward',
    ServicesPickerLabel: 'Gwasanaethau',
    ServicesPickerPlaceholder: 'Gwasanaethau’r wythnos hon ar gyfer y ward',
    ServicesResetButton: 'Dangos gwasanaethau’r wythnos hon',
    ReaderWard: 'Rydych chi’n gynghorydd dros {0}.',
    ChooseWardHeading: 'Dewiswch ward',
    ChooseWardMessage: 'Dewiswch ward i weld ei chynghorwyr, pwy i gysylltu â nhw am bob gwasanaeth, ac eitemau briffio’r wythnos hon ar ei chyfer.',
    WardNotFoundHeading: 'Dydy’r ward honno ddim yn y rhestr',
    WardNotFoundMessage: 'Mae’r ddolen ar gyfer ward nad yw yn y rhestr Wardiau mwyach. Dewiswch ward.',

    SheetHeading: 'Cynghorwyr a swyddogion ar gyfer {0}',
    SheetActionsLabel: 'Rhannu, argraffu neu gadw’r daflen hon',
    PrintButton: 'Argraffu',
    CopyAllButton: 'Copïo’r cyfan',
    CopyLinkButton: 'Copïo’r ddolen',
    DownloadVCards: 'Ychwanegu pawb at gysylltiadau (vCard)',
    CopiedAll: 'Cafodd y daflen gyfan ei chopïo.',
    CopiedLink: 'Cafodd y ddolen i’r daflen hon ei chopïo.',
    CopyFailed: 'Wnaeth eich porwr ddim caniatáu copïo. Dewiswch y testun a’i gopïo yn lle hynny.',
    SheetLinkLine: 'Dolen i’r daflen hon: {0}',

    MembersHeading: 'Cynghorwyr ({0})',
    NoMembers: 'Does dim cynghorwyr presennol wedi’u cofnodi ar gyfer y ward hon.',
    NoParty: 'Dim plaid wedi’i chofnodi',
    GroupLine: 'Grŵp gwleidyddol: {0}',
    RolesLine: 'Rolau: {0}',
    PrefersInPerson: 'Mae’n well ganddo/ganddi gael cysylltiad wyneb yn wyneb.', // check: gender-neutral phrasing
    WaysToContact: 'Ffyrdd o gysylltu â {0}',
    PreferredMarker: '(dewis)', // check: "(hoff ffordd)"?
    ActionEmail: 'E-bost',
    ActionCall: 'Ffonio {0}',
    ActionTeams: 'Sgwrsio yn Teams',
    ActionCopy: 'Copïo’r manylion',
    Copied: 'Wedi’i gopïo.',
    EmailLine: 'E-bost: {0}',
    PhoneLine: 'Ffôn: {0}',

    ServicesHeading: 'Pwy i gysylltu â nhw am beth',
    ServicesDefaultNote: 'Y gwasanaethau sydd ag eitemau ar gyfer y ward hon yr wythnos hon. Dewiswch eraill o dan Gwasanaethau.',
    NoServices: 'Dim gwasanaethau wedi’u dewis. Dewiswch y gwasanaethau rydych chi eu heisiau o dan Gwasanaethau.',
    DirectorateLine: 'Cyfarwyddiaeth: {0}',
    LiaisonOfficersHeading: 'Swyddogion Cyswllt Cynghorwyr',
    LiaisonOfficersFor: 'Swyddogion Cyswllt Cynghorwyr ar gyfer {0}',
    NoLiaisonOfficers: 'Does dim Swyddog Cyswllt Cynghorwyr wedi’i gofnodi ar gyfer y gwasanaeth hwn: defnyddiwch ei fanylion cyswllt.',
    HowToContactHeading: 'Sut i gysylltu â’r gwasanaeth hwn',
    NoGuidance: 'Dydy’r gwasanaeth ddim wedi dweud sut mae eisiau i bobl gysylltu ag ef.',
    ServiceContactHeading: 'Manylion cyswllt y gwasanaeth',
    NoServiceContact: 'Does dim cyfeiriad e-bost na rhif ffôn wedi’i gofnodi ar gyfer y gwasanaeth hwn.',

    BriefingHeading: 'Briffio’r wythnos hon ar gyfer {0}',
    WeekLine: 'Wythnos yn dechrau {0}',
    NoBriefing: 'Does dim briffio ar gyfer yr wythnos hon eto.',
    NoBriefingItems: 'Does gan friffio’r wythnos hon ddim eitemau ar gyfer y ward hon nac ar gyfer pob ward.',
    ThisWardLabel: 'Y ward hon',
    AllWardsLabel: 'Pob ward',
    ConfidentialLabel: 'Cyfrinachol',
    ItemServiceLine: 'Gwasanaeth: {0}',
    ItemContactLine: 'Cyswllt: {0}',

    VCardTitle: 'Cynghorydd dros {0}',
    VCardFileName: 'Cysylltiadau ar gyfer {0}'
  };
});
