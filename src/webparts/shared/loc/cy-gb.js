define([], function () {
  return {
    BasicGroupName: 'Gosodiadau',
    TitleFieldLabel: 'Pennawd',
    ListsSiteUrlFieldLabel: "Safle sy'n dal y rhestrau",
    ListsSiteUrlFieldDescription: "Gadewch yn wag i ddefnyddio gosodiad y tenant MemberOfficerHubSiteUrl, neu'r safle hwn fel arall.",
    ListNamesGroupName: 'Enwau rhestrau',
    ListNameFieldDescription: "Gadewch yn wag i ddefnyddio rhestr yr ap, '{0}'.",
    RetryingMessage: "Mae SharePoint yn brysur, felly mae hyn yn cymryd mwy o amser nag arfer. Yn dal i geisio (ymgais {0})…",
    ErrorListNotFound: "Ni chafwyd hyd i'r rhestr '{0}' ar {1}.",
    ErrorSiteNotFound: 'Nid oes safle yn {0}.',
    ErrorColumnNotFound: "Nid oes colofn '{2}' yn y rhestr '{0}' ar {1}. Efallai ei bod wedi'i hailenwi neu ei dileu: gofynnwch i'ch gweinyddwr SharePoint ychwanegu ap Hwb Aelodau–Swyddogion eto i'w hadfer.",
    ErrorAccessDenied: "Nid oes gennych ganiatâd i ddarllen y rhestr '{0}' ar {1}. Gofynnwch i'r Gwasanaethau Democrataidd neu i'ch gweinyddwr SharePoint am fynediad darllen.",
    ErrorThrottled: "Mae SharePoint yn brysur iawn ac wedi gofyn i ni arafu, ac mae'n dal yn brysur. Arhoswch funud, yna rhowch gynnig arall arni.",
    ErrorOverThreshold: "Mae'r rhestr '{0}' yn rhy fawr i'w darllen fel hyn. Gofynnwch i'ch gweinyddwr SharePoint wirio colofnau mynegeiedig yr ap.",
    ErrorConflict: "Newidiodd rhywun arall hyn ar yr un pryd. Rhowch gynnig arall arni i weld y fersiwn ddiweddaraf.",
    ErrorNetwork: "Doedd dim modd cyrraedd SharePoint. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.",
    ErrorListsSiteRefusedWebPart:
      "Mae gosodiad 'Safle sy'n dal y rhestrau' y rhan we hon yn {0}, nad yw'n un o safleoedd SharePoint y sefydliad hwn ({1}), felly ni ddarllenir dim ohono. Gofynnwch i olygydd y dudalen hon ei osod i safle ar {1}, neu ei adael yn wag.",
    ErrorListsSiteRefusedTenant:
      "Mae gosodiad y tenant MemberOfficerHubSiteUrl yn {0}, nad yw'n un o safleoedd SharePoint y sefydliad hwn ({1}), felly ni ddarllenir dim ohono. Gofynnwch i'ch gweinyddwr SharePoint ei osod i'r safle ar {1} sy'n dal rhestrau Hwb Aelodau–Swyddogion.",
    ErrorUnknown: "Aeth rhywbeth annisgwyl o'i le. Rhowch gynnig arall arni; os yw'n dal i ddigwydd, dywedwch wrth eich gweinyddwr SharePoint: {0}",
    SomeList: "un o'r rhestrau",
    RetryButton: 'Rhowch gynnig arall arni',
    ListsSiteFromWebPart: "Dyma'r safle a osodwyd yng ngosodiad 'Safle sy'n dal y rhestrau' y rhan we: gofynnwch i olygydd y dudalen hon ei gywiro.",
    ListsSiteFromTenant: "Dyma'r safle a osodwyd ym mhriodwedd y tenant MemberOfficerHubSiteUrl: gofynnwch i'ch gweinyddwr SharePoint ei gywiro, neu ychwanegu ap Hwb Aelodau–Swyddogion at y safle hwnnw.",
    ListsSiteFromCurrentSite: "Nid yw gosodiad 'Safle sy'n dal y rhestrau' y rhan we na phriodwedd y tenant MemberOfficerHubSiteUrl wedi'u gosod, felly defnyddiwyd y safle hwn. Gofynnwch i olygydd y dudalen hon osod gosodiad y rhan we, neu i'ch gweinyddwr SharePoint osod MemberOfficerHubSiteUrl i'r safle sy'n dal y rhestrau.",
    IgnoredWebPartSiteSetting: "Nid yw gosodiad 'Safle sy'n dal y rhestrau' y rhan we hon ({0}) yn gyfeiriad safle, felly fe'i anwybyddwyd. Gofynnwch i olygydd y dudalen hon ei gywiro.",
    IgnoredTenantSiteSetting: "Nid yw gosodiad y tenant MemberOfficerHubSiteUrl ({0}) yn gyfeiriad safle, felly fe'i anwybyddwyd. Gofynnwch i'ch gweinyddwr SharePoint ei gywiro.",
    PartLoading: "Wrthi'n llwytho…",
    PartLoadFailedHeading: "Doedd dim modd llwytho'r rhan hon o'r dudalen",
    PartLoadFailedMessage: "Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni. Os yw'n dal i ddigwydd, dywedwch wrth eich gweinyddwr SharePoint.",
    CloseButton: 'Cau',
    ClearSearchButton: 'Clirio’r chwiliad'
  };
});
