// Welsh (cy-GB) for the ward contact sheet: a first translation by the developer, for Welsh-speaking
// review before release. Lines marked "check" are the ones the translator was least sure of.
define([], function () {
  return {
    PropertyPaneDescription: 'Un daflen i bob ward: ei chynghorwyr, pwy i gysylltu â nhw am bob gwasanaeth, ac eitemau briffio’r wythnos hon ar ei chyfer.',
    CouncilNameFieldLabel: 'Enw’r cyngor (ar gyfer cardiau cyswllt)',
    EnquiriesPageUrlFieldLabel: 'Tudalen ymholiadau aelodau (cyfeiriad; gadewch yn wag am ddim dolen)', // check

    LoadingLabel: 'Wrthi’n llwytho taflen gyswllt y ward…',
    ErrorHeading: 'Doedd dim modd llwytho taflen gyswllt y ward',
    BriefingErrorHeading: 'Doedd dim modd llwytho briffio’r wythnos hon',

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
    RaiseEnquiryLink: 'Codi ymholiad am {0}',
    RaiseEnquiryWithService: 'Codi ymholiad gyda {0}',
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
