import type { LivenessText } from '../text-table.js';

/** German. */
export const de: LivenessText = {
  'hint.HOLD_UPRIGHT': 'Halten Sie Ihr Telefon aufrecht, um das Foto aufzunehmen',
  'hint.NO_FACE': 'Wir sehen Ihr Gesicht nicht: Schauen Sie direkt in die Kamera',
  'hint.MULTIPLE_FACES': 'Bitte nur ein Gesicht: Achten Sie darauf, dass niemand sonst im Bild ist',
  'hint.TOO_DARK': 'Mehr Licht bitte: Ihr Gesicht ist zu dunkel',
  'hint.TOO_BRIGHT': 'Zu viel Licht: Gehen Sie weg von hellem Licht oder einem Fenster hinter der Kamera',
  'hint.MOVE_CLOSER': 'Kommen Sie näher, damit Ihr Gesicht das Oval ausfüllt',
  'hint.MOVE_BACK': 'Gehen Sie etwas zurück, damit Ihr ganzes Gesicht in das Oval passt',
  'hint.CENTER_FACE': 'Richten Sie Ihr Gesicht mittig im Oval aus',
  'hint.LOOK_STRAIGHT': 'Schauen Sie gerade in die Kamera',
  'hint.BLURRY': 'Das Bild ist unscharf: Halten Sie die Kamera ruhig und wischen Sie die Linse ab',
  'hint.HOLD_STILL': 'Bitte einen Moment stillhalten',
  'hint.READY': 'Perfekt, bitte stillhalten: Das Foto wird aufgenommen',

  'warning.NO_FACE_DETECTED.title': 'Wir konnten Ihr Gesicht nicht finden',
  'warning.NO_FACE_DETECTED.advice':
    'Achten Sie darauf, dass Ihr ganzes Gesicht sichtbar, unverdeckt und im Oval ist, und nehmen Sie das Foto erneut auf.',
  'warning.LIVENESS_FACE_ATTACK.title': 'Wir konnten Sie nicht verifizieren',
  'warning.LIVENESS_FACE_ATTACK.advice':
    'Wir konnten Sie nicht verifizieren. Sie können es erneut versuchen oder den Support kontaktieren.',
  'warning.FACE_IN_BLOCKLIST.title': 'Wir konnten Sie nicht verifizieren',
  'warning.FACE_IN_BLOCKLIST.advice':
    'Wir konnten Sie nicht verifizieren. Bitte kontaktieren Sie den Support.',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.title': 'Wir konnten Sie nicht verifizieren',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.advice':
    'Wir konnten Sie nicht verifizieren. Bitte kontaktieren Sie den Support.',
  'warning.LOW_LIVENESS_SCORE.title': 'Wir konnten das Foto nicht bestätigen',
  'warning.LOW_LIVENESS_SCORE.advice':
    'Nehmen Sie das Foto bei gutem, gleichmäßigem Licht erneut auf, schauen Sie direkt in die Kamera und lassen Sie Ihr Gesicht unverdeckt.',
  'warning.DUPLICATED_FACE.title': 'Wir konnten die Verifizierung nicht abschließen',
  'warning.DUPLICATED_FACE.advice':
    'Wir konnten die Verifizierung nicht abschließen. Bitte kontaktieren Sie den Support.',
  'warning.POSSIBLE_DUPLICATED_FACE.title': 'Wir konnten die Verifizierung nicht abschließen',
  'warning.POSSIBLE_DUPLICATED_FACE.advice':
    'Wir konnten die Verifizierung nicht abschließen. Bitte kontaktieren Sie den Support.',
  'warning.MULTIPLE_FACES_DETECTED.title': 'Mehr als ein Gesicht auf dem Foto',
  'warning.MULTIPLE_FACES_DETECTED.advice':
    'Achten Sie darauf, allein im Bild zu sein, ohne Fotos oder Plakate mit Gesichtern hinter Ihnen, und versuchen Sie es erneut.',
  'warning.LOW_FACE_QUALITY.title': 'Das Foto ist nicht scharf genug',
  'warning.LOW_FACE_QUALITY.advice':
    'Halten Sie die Kamera ruhig auf Augenhöhe, lassen Sie Ihr Gesicht bei gutem Licht im Oval und versuchen Sie es erneut.',
  'warning.LOW_FACE_LUMINANCE.title': 'Das Foto ist zu dunkel',
  'warning.LOW_FACE_LUMINANCE.advice':
    'Gehen Sie an einen helleren Ort oder wenden Sie sich einer Lichtquelle zu und versuchen Sie es erneut.',
  'warning.HIGH_FACE_LUMINANCE.title': 'Das Foto ist zu hell',
  'warning.HIGH_FACE_LUMINANCE.advice':
    'Gehen Sie aus dem direkten Sonnenlicht oder weg von starkem Licht auf Ihrem Gesicht und versuchen Sie es erneut.',
  'warning.NO_REFERENCE_IMAGE.title': 'Wir konnten kein Gesicht zum Vergleichen finden',
  'warning.NO_REFERENCE_IMAGE.advice':
    'Wir konnten im Ausweisfoto oder im Selfie kein Gesicht finden. Verwenden Sie ein schärferes, gut beleuchtetes Ausweisfoto, auf dem das ganze Gesicht aufrecht zu sehen ist, und versuchen Sie es erneut.',
  'warning.LOW_FACE_MATCH_SIMILARITY.title': 'Die Gesichter stimmen nicht überein',
  'warning.LOW_FACE_MATCH_SIMILARITY.advice':
    'Das Selfie und das Ausweisfoto scheinen nicht dieselbe Person zu zeigen. Nehmen Sie das Selfie bei gutem Licht erneut auf und schauen Sie direkt in die Kamera, oder verwenden Sie ein deutlicheres Ausweisfoto.',
  'warning.UNKNOWN.title': 'Wir konnten die Prüfung nicht abschließen',
  'warning.UNKNOWN.advice':
    'Bitte versuchen Sie es erneut. Wenn es wieder passiert, kontaktieren Sie den Support.',

  'error.NETWORK': 'Der Server ist nicht erreichbar.',
  'error.NETWORK.action': 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'error.TIMEOUT': 'Die Prüfung hat zu lange gedauert.',
  'error.TIMEOUT.action': 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'error.ABORTED': 'Die Prüfung wurde abgebrochen.',
  'error.ABORTED.action': 'Beginnen Sie erneut, wenn Sie bereit sind.',
  'error.BAD_REQUEST': 'Das Foto konnte nicht geprüft werden.',
  'error.BAD_REQUEST.action': 'Nehmen Sie ein neues Foto auf und versuchen Sie es erneut.',
  'error.UNAUTHORIZED': 'Der Verifizierungsdienst ist nicht richtig eingerichtet.',
  'error.UNAUTHORIZED.action': 'Bitte kontaktieren Sie den Support.',
  'error.PAYMENT_REQUIRED': 'Der Verifizierungsdienst ist derzeit nicht verfügbar.',
  'error.PAYMENT_REQUIRED.action': 'Bitte versuchen Sie es später erneut oder kontaktieren Sie den Support.',
  'error.FORBIDDEN': 'Der Verifizierungsdienst hat die Anfrage abgelehnt.',
  'error.FORBIDDEN.action': 'Bitte versuchen Sie es später erneut oder kontaktieren Sie den Support.',
  'error.FILE_TOO_LARGE': 'Das Foto ist zu groß.',
  'error.FILE_TOO_LARGE.action': 'Nehmen Sie ein neues Foto auf und versuchen Sie es erneut.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Dieses Bildformat wird nicht unterstützt.',
  'error.UNSUPPORTED_MEDIA_TYPE.action': 'Verwenden Sie ein JPEG-, PNG-, WebP- oder TIFF-Foto.',
  'error.RATE_LIMITED': 'Zu viele Versuche in kurzer Zeit.',
  'error.RATE_LIMITED.action': 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'error.RATE_LIMITED.actionWithDelay':
    '{seconds, plural, one {Warten Sie # Sekunde und versuchen Sie es dann erneut.} other {Warten Sie # Sekunden und versuchen Sie es dann erneut.}}',
  'error.BUSY': 'Der Verifizierungsdienst ist gerade ausgelastet.',
  'error.BUSY.action': 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'error.SERVER': 'Beim Verifizierungsdienst ist ein Problem aufgetreten.',
  'error.SERVER.action': 'Versuchen Sie es gleich noch einmal.',
  'error.INVALID_RESPONSE': 'Der Verifizierungsdienst hat eine Antwort gesendet, die wir nicht lesen können.',
  'error.INVALID_RESPONSE.action':
    'Versuchen Sie es gleich noch einmal. Wenn es wieder passiert, kontaktieren Sie den Support.',
  'error.UPSTREAM_UNAUTHORIZED':
    'Der Verifizierungsdienst dieser Website ist nicht richtig eingerichtet (sein Zugangsschlüssel wurde abgelehnt). Das liegt nicht an Ihnen.',
  'error.UPSTREAM_UNAUTHORIZED.action':
    'Ein neuer Versuch hilft erst, wenn das Team der Website das Problem behoben hat. Bitte informieren Sie den Support der Website.',
  'error.UPSTREAM_PAYMENT_REQUIRED':
    'Der Verifizierungsdienst dieser Website hat kein Guthaben mehr. Das liegt nicht an Ihnen.',
  'error.UPSTREAM_PAYMENT_REQUIRED.action':
    'Ein neuer Versuch hilft erst, wenn das Team der Website das Problem behoben hat. Bitte informieren Sie den Support der Website.',
  'error.UPSTREAM_FORBIDDEN':
    'Dem Verifizierungsdienst dieser Website wurde der Zugriff verweigert. Das liegt nicht an Ihnen.',
  'error.UPSTREAM_FORBIDDEN.action':
    'Ein neuer Versuch hilft erst, wenn das Team der Website das Problem behoben hat. Bitte informieren Sie den Support der Website.',
  'error.INVALID_OPTIONS': 'Die Prüfung ist nicht richtig eingerichtet.',
  'error.INVALID_OPTIONS.action': 'Bitte kontaktieren Sie den Support.',
  'error.MODEL_LOAD_FAILED': 'Die Gesichtserkennung konnte nicht geladen werden.',
  'error.MODEL_LOAD_FAILED.action': 'Prüfen Sie Ihre Internetverbindung und laden Sie die Seite neu.',
  'error.INVALID_IMAGE': 'Das Foto konnte nicht gelesen werden.',
  'error.INVALID_IMAGE.action': 'Nehmen Sie ein neues Foto auf und versuchen Sie es erneut.',
  'error.CAMERA_PERMISSION_DENIED': 'Der Kamerazugriff ist blockiert.',
  'error.CAMERA_PERMISSION_DENIED.action':
    'Erlauben Sie den Kamerazugriff in den Browsereinstellungen und versuchen Sie es erneut.',
  'error.CAMERA_NOT_FOUND': 'Es wurde keine Kamera gefunden.',
  'error.CAMERA_NOT_FOUND.action':
    'Schließen Sie eine Kamera an oder fahren Sie auf einem Gerät mit Kamera fort.',
  'error.CAMERA_IN_USE': 'Die Kamera wird von einer anderen App verwendet.',
  'error.CAMERA_IN_USE.action':
    'Schließen Sie andere Apps oder Tabs, die die Kamera verwenden, und versuchen Sie es erneut.',
  'error.CAMERA_DISCONNECTED': 'Die Kamera wurde getrennt.',
  'error.CAMERA_DISCONNECTED.action': 'Schließen Sie die Kamera wieder an und versuchen Sie es erneut.',
  'error.INSECURE_CONTEXT': 'Die Kamera funktioniert nur auf einer sicheren Seite (https).',
  'error.INSECURE_CONTEXT.action': 'Öffnen Sie diese Seite über https oder kontaktieren Sie den Support.',
  'error.UNKNOWN': 'Etwas ist schiefgelaufen.',
  'error.UNKNOWN.action': 'Versuchen Sie es erneut. Wenn es wieder passiert, kontaktieren Sie den Support.',

  'status.APPROVED': 'Sie sind verifiziert',
  'status.DECLINED': 'Wir konnten Sie nicht verifizieren',
  'status.IN_REVIEW': 'Ihre Prüfung wird überprüft',
  'status.NOT_FINISHED': 'Die Prüfung wurde nicht abgeschlossen',

  'outcome.verified.title': 'Identität bestätigt',
  'outcome.verified.body':
    'Ihr Selfie hat die Lebendigkeitsprüfung bestanden und stimmt mit Ihrem Ausweisfoto überein.',
  'outcome.liveness-failed.title': 'Wir konnten Ihr Selfie nicht bestätigen',
  'outcome.liveness-failed.body':
    'Ihr Selfie hat die Lebendigkeitsprüfung nicht bestanden und wurde daher nicht mit Ihrem Ausweisfoto verglichen.',
  'outcome.no-match.title': 'Die Gesichter stimmen nicht überein',
  'outcome.no-match.body':
    'Ihr Selfie und Ihr Ausweisfoto scheinen nicht dieselbe Person zu zeigen. Nehmen Sie das Selfie erneut auf oder verwenden Sie ein deutlicheres Ausweisfoto.',
  'outcome.reference-unusable.title': 'Wir können dieses Ausweisfoto nicht verwenden',
  'outcome.reference-unusable.body':
    'Wir konnten auf Ihrem Ausweisfoto kein Gesicht zum Vergleichen finden. Verwenden Sie ein schärferes, gut beleuchtetes Ausweisfoto, auf dem das ganze Gesicht zu sehen ist, und versuchen Sie es erneut.',

  'ui.title': 'Gesichtsprüfung',
  'ui.intro.title': 'Machen Sie ein Selfie, um zu bestätigen, dass Sie es sind',
  'ui.intro.body':
    'Wir nehmen mit Ihrer Kamera ein Foto Ihres Gesichts auf und prüfen, ob Sie wirklich anwesend sind. Ihr Browser fragt Sie, ob Sie die Kamera erlauben.',
  'ui.start': 'Kamera starten',
  'ui.capture': 'Foto aufnehmen',
  'ui.retake': 'Neues Foto aufnehmen',
  'ui.retry': 'Erneut versuchen',
  'ui.retryCamera': 'Kamera erneut versuchen',
  'ui.cancel': 'Abbrechen',
  'ui.upload': 'Stattdessen ein Foto auswählen',
  'ui.upload.description': 'Ein klares, aktuelles Foto Ihres Gesichts, allein, bei gutem Licht.',
  'ui.upload.alternative': 'Sie können auch ein Foto Ihres Gesichts von diesem Gerät auswählen.',
  'ui.camera.label': 'Kamera',
  'ui.camera.unnamed': 'Kamera {number}',
  'ui.video.label': 'Kameravorschau',
  'ui.progress.starting-camera': 'Kamera wird gestartet…',
  'ui.progress.loading-model': 'Gesichtserkennung wird geladen…',
  'ui.progress.capturing': 'Foto wird geprüft…',
  'ui.progress.uploading': 'Ihr Foto wird zur Prüfung gesendet…',
  'ui.progress.retrying': 'Neuer Versuch ({attempt} von {attempts})…',
  'ui.progress.waiting':
    '{seconds, plural, one {Neuer Versuch in # Sekunde…} other {Neuer Versuch in # Sekunden…}}',
  'ui.refused': 'Das Foto wurde nicht aufgenommen. {hint}',
  'ui.photo.refused': 'Dieses Foto kann nicht verwendet werden. {hint}',
  'ui.result.approved': 'Vielen Dank. Sie können fortfahren.',
  'ui.result.review': 'Wir informieren Sie, sobald die Überprüfung abgeschlossen ist.',
  'ui.result.prompts': 'Bevor Sie es erneut versuchen:',
  'ui.result.final':
    'Diese Prüfung kann hier nicht wiederholt werden. Wenden Sie sich an den Support, wenn Sie Hilfe brauchen.',
  'ui.step': 'Schritt {step} von {steps}: {name}',
  'ui.step.reference': 'Ausweisfoto',
  'ui.step.selfie': 'Selfie',
  'ui.reference.title': 'Fügen Sie ein Foto Ihres Ausweises hinzu',
  'ui.reference.body':
    'Wählen Sie ein Foto der Ausweisseite mit Ihrem Porträt oder nehmen Sie eines auf. Ihr Gesicht muss darauf scharf, gut beleuchtet und ohne Spiegelung sein.',
  'ui.reference.choose': 'Foto des Ausweises wählen',
  'ui.reference.photograph': 'Ausweis fotografieren',
  'ui.reference.checking': 'Ausweisfoto wird geprüft…',
  'ui.reference.ready': 'Ihr Ausweisfoto ist bereit.',
  'ui.reference.preview': 'Ihr Ausweisfoto',
  'ui.reference.usedLargest':
    '{count, plural, one {Wir haben # Gesicht auf diesem Foto gefunden.} other {Wir haben # Gesichter auf diesem Foto gefunden und das größte verwendet.}}',
  'ui.reference.problem.NO_FACE':
    'Auf diesem Foto wurde kein Gesicht gefunden. Wählen Sie ein Foto der Seite mit Ihrem Porträt, aufrecht und so nah aufgenommen, dass das Porträt gut zu sehen ist.',
  'ui.reference.problem.FACE_TOO_SMALL':
    'Das Gesicht auf diesem Foto ist zu klein zum Vergleichen. Fotografieren Sie den Ausweis aus geringerem Abstand, damit das Porträt mehr Platz einnimmt, oder wählen Sie das Originalfoto statt einer verkleinerten Kopie.',
  'ui.reference.problem.TOO_DARK':
    'Dieses Foto ist zu dunkel, um das Gesicht zu erkennen. Nehmen Sie es bei besserem Licht erneut auf.',
  'ui.reference.problem.TOO_BRIGHT':
    'Das Gesicht ist überstrahlt, oft durch eine Spiegelung auf der Karte. Kippen Sie den Ausweis vom Licht weg und fotografieren Sie erneut.',
  'ui.reference.problem.BLURRY':
    'Dieses Foto ist zu unscharf, um das Gesicht zu vergleichen. Halten Sie das Telefon still und nicht zu nah am Ausweis, lassen Sie es scharf stellen und nehmen Sie es erneut auf.',
  'ui.reference.problem.UNREADABLE':
    'Diese Datei lässt sich nicht als Foto öffnen. Sie ist vielleicht beschädigt; wählen Sie eine andere.',
  'ui.reference.problem.UNSUPPORTED_TYPE':
    'Diese Datei ist kein verwendbares Foto. Wählen Sie ein JPEG-, PNG-, WebP- oder TIFF-Bild.',
  'ui.retakeReference': 'Anderes Ausweisfoto verwenden',
  'ui.retakeSelfie': 'Neues Selfie aufnehmen',
  'ui.progress.face-match': 'Ihr Selfie wird mit Ihrem Ausweisfoto verglichen…',
  'ui.modelError.csp':
    'Die Sicherheitseinstellungen dieser Seite blockieren die Gesichtserkennung. Das liegt nicht an Ihnen.',
  'ui.modelError.csp.action':
    'Neu laden hilft erst, wenn das Team der Website das Problem behoben hat. Bitte informieren Sie den Support der Website.',
  'ui.modelError.not-found':
    'Die Dateien der Gesichtserkennung fehlen auf dieser Website. Das liegt nicht an Ihnen.',
  'ui.modelError.not-found.action':
    'Neu laden hilft erst, wenn das Team der Website das Problem behoben hat. Bitte informieren Sie den Support der Website.',
  'ui.modelError.http': 'Diese Website konnte die Dateien der Gesichtserkennung nicht senden.',
  'ui.modelError.http.action':
    'Versuchen Sie es gleich noch einmal. Wenn es weiter passiert, informieren Sie bitte den Support der Website.',
  'ui.modelError.network': 'Die Gesichtserkennung konnte nicht heruntergeladen werden.',
  'ui.modelError.network.action': 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'ui.modelError.invalid':
    'Die Dateien der Gesichtserkennung auf dieser Website sind beschädigt oder falsch. Das liegt nicht an Ihnen.',
  'ui.modelError.invalid.action':
    'Neu laden hilft erst, wenn das Team der Website das Problem behoben hat. Bitte informieren Sie den Support der Website.',
};
