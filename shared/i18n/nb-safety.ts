// Workbook safety: the disk, backups, read-only workbooks, moving a municipality (.omni).
export const nbSafety = {
  'refused.inUse':
    'Arbeidsboka {path} er allerede åpen i et annet Omniverksted-vindu eller -program. Lukk det andre først; bare ett program kan skrive i en arbeidsbok om gangen. Filen er ikke endret.',
  'refused.folderNotWritable':
    'Omniverksted får ikke lagre i mappa {path}: mappa er skrivebeskyttet eller du mangler rettigheter til den. Velg en mappe du kan skrive i, for eksempel Dokumenter.',
  'refused.notAFolder': 'Stien {path} går gjennom en fil, ikke en mappe. Velg en annen plassering for arbeidsboka.',
  'refused.readOnlyUpgrade':
    'Arbeidsboka {path} er skrivebeskyttet og er laget av en eldre versjon av Omniverksted, så den må oppgraderes før den kan åpnes. Kopier den til en mappe du kan skrive i, og åpne kopien.',
  'refused.backupBeforeUpgrade':
    'Arbeidsboka {path} må oppgraderes, men Omniverksted fikk ikke tatt sikkerhetskopi først ({detail}). Ingenting er endret. Frigjør plass på disken eller sjekk mappa «backups», og start på nytt.',
  'refused.diskFull':
    'Disken er full, så arbeidsboka {path} kan ikke åpnes. Frigjør plass og start på nytt. Ingenting er endret.',

  'readOnly.file':
    'Arbeidsboka er skrivebeskyttet, så den er åpnet bare for lesing. Du kan se alt, men ikke endre noe. Vil du endre: lukk programmet, fjern skrivebeskyttelsen på filen {path} (Egenskaper) eller kopier den til en mappe du kan skrive i.',
  'readOnly.folder':
    'Mappa arbeidsboka ligger i er skrivebeskyttet, så arbeidsboka er åpnet bare for lesing. Du kan se alt, men ikke endre noe. Vil du endre: flytt filen {path} til en mappe du kan skrive i, for eksempel Dokumenter.',
  'readOnly.write': 'Arbeidsboka er åpnet bare for lesing, så ingenting ble lagret. Se meldingen øverst på siden.',

  'disk.full':
    'Disken er full, så endringen ble ikke lagret. Ingenting annet er endret. Frigjør plass på disken (slett eller flytt store filer) og prøv igjen.',
  'disk.readOnly':
    'Arbeidsboka kan ikke skrives til (skrivebeskyttet fil, mappe eller minnepinne). Endringen ble ikke lagret.',
  'disk.busy':
    'Arbeidsboka er opptatt av et annet program. Endringen ble ikke lagret. Lukk det andre programmet og prøv igjen.',
  'disk.io':
    'Disken svarte ikke som den skulle, så endringen ble ikke lagret. Sjekk at minnepinnen eller disken fortsatt er koblet til, og prøv igjen.',

  'backup.warningFailed':
    'Dagens sikkerhetskopi kunne ikke lages ({detail}). Arbeidsboka er åpnet som vanlig, men ta en kopi så snart du kan: frigjør plass på disken eller sjekk mappa {dir}.',
  'backup.reason.notAFolder': '«backups» er en fil, ikke en mappe',
  'backup.reason.notWritable': 'mappa kan ikke skrives til',
  'backup.reason.diskFull': 'disken er full',
  'backup.reason.broken': 'kopien ble ikke fullstendig',
  'backup.reason.other': 'ukjent feil: {detail}',

  'error.tooLarge':
    'Forespørselen er for stor (over {max} MB), så den ble ikke lest. Ingenting ble endret. Del opp filen, eller lagre den uten bilder, og prøv igjen.',
  'error.badAddress': 'Adressen kunne ikke leses (ugyldig %-koding).',

  'omni.refused.foreign': 'Filen er ikke en kommune-eksport fra Omniverksted (.omni). Ingenting er endret.',
  'omni.refused.truncated':
    'Filen er ufullstendig: kopieringen ble trolig avbrutt. Ingenting er endret. Eksporter kommunen på nytt og kopier filen en gang til.',
  'omni.refused.corrupt':
    'Filen er skadet (kontrollsummen stemmer ikke). Ingenting er endret. Eksporter kommunen på nytt.',
  'omni.refused.newer':
    'Filen er laget av en nyere versjon av Omniverksted (versjon {found}, denne kan versjon {supported}). Oppdater programmet først. Ingenting er endret.',
  'omni.refused.needsPassphrase': 'Filen er beskyttet med passord. Skriv inn passordet den ble eksportert med.',
  'omni.refused.wrongPassphrase':
    'Feil passord. Ingenting er endret. Prøv igjen, eller spør den som eksporterte filen.',
  'omni.existsChoose':
    'Kommunen «{name}» finnes allerede i arbeidsboka. Velg om du vil slå sammen eller importere som kopi.',
  'omni.nothingToMerge': 'Fant ingen kommune å slå sammen med. Importer den som ny.',
  'omni.field.mode': 'måte å importere på',
  'omni.copySuffix': 'kopi',
  'omni.passphraseTooShort': 'Passordet må ha minst {min} tegn.',

  'backups.failed': 'Sikkerhetskopien kunne ikke lages ({detail}). Ingenting er endret.',
  'backups.notFound': 'Fant ikke denne sikkerhetskopien.',
  'backups.restoreBroken':
    'Sikkerhetskopien {name} er skadet eller ufullstendig og kan ikke gjenopprettes. Arbeidsboka er ikke endret. Velg en annen kopi.',
  'backups.noFolder': 'Mappa kan bare åpnes i programmet, ikke i nettleseren. Den ligger her: {dir}',

  'apiField.unknown': 'Et av feltene',
  'apiField.id': 'Id-en',
  'apiField.municipalityId': 'Kommunen',
  'apiField.unitId': 'Enheten',
  'apiField.unitIds': 'Enhetene',
  'apiField.sessionId': 'Økta',
  'apiField.roundId': 'Kartleggingen',
  'apiField.boardId': 'Tavla',
  'apiField.cardId': 'Kortet',
  'apiField.itemId': 'Punktet',
  'apiField.setId': 'Påstandssettet',
  'apiField.packId': 'Varianten av Omnimodellen',
  'apiField.name': 'Navnet',
  'apiField.title': 'Tittelen',
  'apiField.date': 'Datoen',
  'apiField.kind': 'Typen',
  'apiField.status': 'Statusen',
  'apiField.value': 'Verdien',
  'apiField.target': 'Påstanden eller området',
  'apiField.answers': 'Svarene',
  'apiField.command': 'Endringen på tavla',
  'apiField.content': 'Innholdet',
  'apiField.number': 'Nummeret',
  'apiField.role': 'Rollen',
  'apiField.timer': 'Tidtakeren',
  'apiField.text': 'Teksten',
  'apiField.passphrase': 'Passordet',
  'apiField.mode': 'Måten å importere på',
  'apiField.dataBase64': 'Filen',
  'apiField.fileName': 'Filnavnet',
  'apiField.revealed': 'Visningen',
  'apiField.a': 'Den første kartleggingen',
  'apiField.b': 'Den andre kartleggingen',
  'validation.consensusTarget': 'Velg en påstand eller et område for konsensus.',

  'banner.readOnlyTitle': 'Bare lesing',
  'banner.warningTitle': 'Advarsel',

  'backups.title': 'Sikkerhetskopier',
  'backups.link': 'Sikkerhetskopier og flytting',
  'backups.lead':
    'Omniverksted tar en kopi av arbeidsboka hver dag du bruker den, og før hver oppgradering. De 10 nyeste beholdes.',
  'backups.makeNow': 'Ta sikkerhetskopi nå',
  'backups.made': 'Sikkerhetskopien er laget ({date}).',
  'backups.openFolder': 'Åpne mappa',
  'backups.folder': 'Mappe: {dir}',
  'backups.empty':
    'Ingen sikkerhetskopier ennå. Den første lages neste gang programmet startes, eller nå med knappen over.',
  'backups.col.when': 'Tidspunkt',
  'backups.col.kind': 'Type',
  'backups.col.size': 'Størrelse',
  'backups.kind.daily': 'Daglig',
  'backups.kind.manual': 'Tatt for hånd',
  'backups.kind.before-restore': 'Før gjenoppretting',
  'backups.kind.before-upgrade': 'Før oppgradering',
  'backups.restore': 'Gjenopprett',
  'backups.confirm.title': 'Gjenopprette kopien fra {date}?',
  'backups.confirm.body':
    'Alt i arbeidsboka blir slik det var {date}. Arbeidsboka slik den er nå, lagres først som en egen sikkerhetskopi, så du kan angre ved å gjenopprette den.',
  'backups.restored':
    'Gjenopprettet kopien fra {date}. Arbeidsboka slik den var rett før, er lagret som sikkerhetskopi ({safety}).',

  'omni.title': 'Flytt en kommune til en annen PC',
  'omni.lead': 'Eksporter en kommune til én fil (.omni) fra kommunens side, og importer filen her på den andre PC-en.',
  'omni.pick': 'Velg .omni-fil …',
  'omni.passphrase': 'Passord',
  'omni.passphraseHelp':
    'Valgfritt. Med passord kan ingen lese filen uten passordet (minst 8 tegn). Passordet kan ikke gjenopprettes.',
  'omni.passphraseImportHelp': 'Bare hvis filen ble eksportert med passord.',
  'omni.preview': 'Vis hva som importeres',
  'omni.previewTitle': 'Dette importeres fra {file}',
  'omni.exportedAt': 'Eksportert {date}.',
  'omni.existing': 'Kommunen «{name}» finnes allerede i denne arbeidsboka.',
  'omni.mode.merge': 'Slå sammen: legg til det som er nytt i «{name}»',
  'omni.mode.copy': 'Importer som kopi: en ny kommune ved siden av',
  'omni.mode.new': 'Importer som ny kommune',
  'omni.nothingNew': 'Ingenting nytt: alt i filen finnes allerede.',
  'omni.import': 'Importer',
  'omni.imported': 'Importerte «{name}».',
  'omni.openImported': 'Åpne kommunen',
  'omni.export': 'Eksporter kommunen (.omni)',
  'omni.exportTitle': 'Eksporter {name}',
  'omni.exportBody':
    'Filen inneholder alt om kommunen: enheter, økter, sjekklister, kartlegginger og Omni-trappa. Den kan importeres i Omniverksted på en annen PC.',
  'omni.exportButton': 'Lagre filen',
  'omni.table.units': 'Enheter',
  'omni.table.sessions': 'Økter',
  'omni.table.checklist_status': 'Sjekklistepunkter',
  'omni.table.rounds': 'Kartlegginger',
  'omni.table.respondents': 'Besvarelser',
  'omni.table.boards': 'Tavler',
  'omni.table.cards': 'Kort',
  'omni.table.actions': 'Tiltak',
  'omni.table.added': 'Nye',
  'omni.table.kept': 'Finnes fra før',
  'omni.table.what': 'Hva',
} as const;
