import type { LivenessText } from '../text-table.js';

/** Spanish. */
export const es: LivenessText = {
  'hint.HOLD_UPRIGHT': 'Sostén el teléfono en vertical para tomar la foto',
  'hint.NO_FACE': 'No vemos tu cara: mira directamente a la cámara',
  'hint.MULTIPLE_FACES': 'Solo una cara, por favor: asegúrate de que no haya nadie más en la imagen',
  'hint.TOO_DARK': 'Busca más luz: tu cara está demasiado oscura',
  'hint.TOO_BRIGHT': 'Demasiada luz: aléjate de la luz intensa o de una ventana detrás de la cámara',
  'hint.MOVE_CLOSER': 'Acércate para que tu cara llene el óvalo',
  'hint.MOVE_BACK': 'Aléjate un poco para que toda tu cara quepa en el óvalo',
  'hint.CENTER_FACE': 'Centra tu cara en el óvalo',
  'hint.LOOK_STRAIGHT': 'Mira de frente a la cámara',
  'hint.BLURRY': 'La imagen está borrosa: sujeta la cámara con firmeza y limpia la lente',
  'hint.HOLD_STILL': 'Quédate quieto un momento',
  'hint.READY': 'Perfecto, no te muevas: tomando la foto',

  'warning.NO_FACE_DETECTED.title': 'No encontramos tu cara',
  'warning.NO_FACE_DETECTED.advice':
    'Asegúrate de que tu cara se vea entera, descubierta y dentro del óvalo, y vuelve a tomar la foto.',
  'warning.LIVENESS_FACE_ATTACK.title': 'No hemos podido verificarte',
  'warning.LIVENESS_FACE_ATTACK.advice':
    'No hemos podido verificarte. Puedes intentarlo de nuevo o contactar con soporte.',
  'warning.FACE_IN_BLOCKLIST.title': 'No hemos podido verificarte',
  'warning.FACE_IN_BLOCKLIST.advice': 'No hemos podido verificarte. Contacta con soporte.',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.title': 'No hemos podido verificarte',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.advice': 'No hemos podido verificarte. Contacta con soporte.',
  'warning.LOW_LIVENESS_SCORE.title': 'No hemos podido confirmar la foto',
  'warning.LOW_LIVENESS_SCORE.advice':
    'Vuelve a tomar la foto con una luz buena y uniforme, mirando directamente a la cámara y sin nada que te cubra la cara.',
  'warning.DUPLICATED_FACE.title': 'No hemos podido completar la verificación',
  'warning.DUPLICATED_FACE.advice': 'No hemos podido completar la verificación. Contacta con soporte.',
  'warning.POSSIBLE_DUPLICATED_FACE.title': 'No hemos podido completar la verificación',
  'warning.POSSIBLE_DUPLICATED_FACE.advice':
    'No hemos podido completar la verificación. Contacta con soporte.',
  'warning.MULTIPLE_FACES_DETECTED.title': 'Hay más de una cara en la foto',
  'warning.MULTIPLE_FACES_DETECTED.advice':
    'Asegúrate de estar solo en la imagen, sin fotos ni carteles con caras detrás de ti, y vuelve a intentarlo.',
  'warning.LOW_FACE_QUALITY.title': 'La foto no es lo bastante nítida',
  'warning.LOW_FACE_QUALITY.advice':
    'Sujeta la cámara con firmeza a la altura de los ojos y mantén la cara dentro del óvalo con buena luz; luego vuelve a intentarlo.',
  'warning.LOW_FACE_LUMINANCE.title': 'La foto está demasiado oscura',
  'warning.LOW_FACE_LUMINANCE.advice':
    'Ve a un lugar más iluminado o colócate frente a una fuente de luz y vuelve a intentarlo.',
  'warning.HIGH_FACE_LUMINANCE.title': 'La foto tiene demasiada luz',
  'warning.HIGH_FACE_LUMINANCE.advice':
    'Apártate de la luz solar directa o de una luz fuerte que te dé en la cara y vuelve a intentarlo.',
  'warning.NO_REFERENCE_IMAGE.title': 'No encontramos una cara para comparar',
  'warning.NO_REFERENCE_IMAGE.advice':
    'No encontramos una cara en la foto del documento de identidad ni en el selfi. Usa una foto del documento más nítida y bien iluminada, con la cara entera y derecha, y vuelve a intentarlo.',
  'warning.LOW_FACE_MATCH_SIMILARITY.title': 'Las caras no coinciden',
  'warning.LOW_FACE_MATCH_SIMILARITY.advice':
    'El selfi y la foto del documento de identidad no parecen de la misma persona. Vuelve a hacerte el selfi con buena luz, mirando directamente a la cámara, o usa una foto del documento más nítida.',
  'warning.UNKNOWN.title': 'No hemos podido completar la comprobación',
  'warning.UNKNOWN.advice': 'Vuelve a intentarlo. Si sigue ocurriendo, contacta con soporte.',

  'error.NETWORK': 'No hemos podido conectar con el servidor.',
  'error.NETWORK.action': 'Comprueba tu conexión a internet y vuelve a intentarlo.',
  'error.TIMEOUT': 'La comprobación ha tardado demasiado.',
  'error.TIMEOUT.action': 'Comprueba tu conexión a internet y vuelve a intentarlo.',
  'error.ABORTED': 'Se ha cancelado la comprobación.',
  'error.ABORTED.action': 'Empieza de nuevo cuando estés listo.',
  'error.BAD_REQUEST': 'No se ha podido comprobar la foto.',
  'error.BAD_REQUEST.action': 'Toma una foto nueva y vuelve a intentarlo.',
  'error.UNAUTHORIZED': 'El servicio de verificación no está bien configurado.',
  'error.UNAUTHORIZED.action': 'Contacta con soporte.',
  'error.PAYMENT_REQUIRED': 'El servicio de verificación no está disponible en este momento.',
  'error.PAYMENT_REQUIRED.action': 'Vuelve a intentarlo más tarde o contacta con soporte.',
  'error.FORBIDDEN': 'El servicio de verificación ha rechazado la solicitud.',
  'error.FORBIDDEN.action': 'Vuelve a intentarlo más tarde o contacta con soporte.',
  'error.FILE_TOO_LARGE': 'La foto es demasiado grande.',
  'error.FILE_TOO_LARGE.action': 'Toma una foto nueva y vuelve a intentarlo.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Este formato de imagen no es compatible.',
  'error.UNSUPPORTED_MEDIA_TYPE.action': 'Usa una foto JPEG, PNG, WebP o TIFF.',
  'error.RATE_LIMITED': 'Demasiados intentos en poco tiempo.',
  'error.RATE_LIMITED.action': 'Espera un momento y vuelve a intentarlo.',
  'error.RATE_LIMITED.actionWithDelay':
    '{seconds, plural, one {Espera # segundo y vuelve a intentarlo.} many {Espera # de segundos y vuelve a intentarlo.} other {Espera # segundos y vuelve a intentarlo.}}',
  'error.BUSY': 'El servicio de verificación está saturado en este momento.',
  'error.BUSY.action': 'Espera un momento y vuelve a intentarlo.',
  'error.SERVER': 'El servicio de verificación ha tenido un problema.',
  'error.SERVER.action': 'Vuelve a intentarlo dentro de un momento.',
  'error.INVALID_RESPONSE': 'El servicio de verificación ha enviado una respuesta que no podemos leer.',
  'error.INVALID_RESPONSE.action':
    'Vuelve a intentarlo dentro de un momento. Si sigue ocurriendo, contacta con soporte.',
  'error.UPSTREAM_UNAUTHORIZED':
    'El servicio de verificación de este sitio no está bien configurado (se rechazó su clave de acceso). No es culpa tuya.',
  'error.UPSTREAM_UNAUTHORIZED.action':
    'Volver a intentarlo no servirá hasta que el equipo del sitio lo solucione. Avisa al soporte del sitio.',
  'error.UPSTREAM_PAYMENT_REQUIRED':
    'El servicio de verificación de este sitio se ha quedado sin créditos. No es culpa tuya.',
  'error.UPSTREAM_PAYMENT_REQUIRED.action':
    'Volver a intentarlo no servirá hasta que el equipo del sitio lo solucione. Avisa al soporte del sitio.',
  'error.UPSTREAM_FORBIDDEN':
    'Se ha denegado el acceso al servicio de verificación de este sitio. No es culpa tuya.',
  'error.UPSTREAM_FORBIDDEN.action':
    'Volver a intentarlo no servirá hasta que el equipo del sitio lo solucione. Avisa al soporte del sitio.',
  'error.INVALID_OPTIONS': 'La comprobación no está bien configurada.',
  'error.INVALID_OPTIONS.action': 'Contacta con soporte.',
  'error.MODEL_LOAD_FAILED': 'No se ha podido cargar el detector de caras.',
  'error.MODEL_LOAD_FAILED.action': 'Comprueba tu conexión a internet y vuelve a cargar la página.',
  'error.INVALID_IMAGE': 'No se ha podido leer la foto.',
  'error.INVALID_IMAGE.action': 'Toma una foto nueva y vuelve a intentarlo.',
  'error.CAMERA_PERMISSION_DENIED': 'El acceso a la cámara está bloqueado.',
  'error.CAMERA_PERMISSION_DENIED.action':
    'Permite el acceso a la cámara en la configuración del navegador y vuelve a intentarlo.',
  'error.CAMERA_NOT_FOUND': 'No se ha encontrado ninguna cámara.',
  'error.CAMERA_NOT_FOUND.action': 'Conecta una cámara o continúa en un dispositivo que tenga una.',
  'error.CAMERA_IN_USE': 'Otra aplicación está usando la cámara.',
  'error.CAMERA_IN_USE.action':
    'Cierra otras aplicaciones o pestañas que usen la cámara y vuelve a intentarlo.',
  'error.CAMERA_DISCONNECTED': 'La cámara se ha desconectado.',
  'error.CAMERA_DISCONNECTED.action': 'Vuelve a conectar la cámara y vuelve a intentarlo.',
  'error.INSECURE_CONTEXT': 'La cámara solo funciona en una página segura (https).',
  'error.INSECURE_CONTEXT.action': 'Abre esta página con https o contacta con soporte.',
  'error.UNKNOWN': 'Algo ha salido mal.',
  'error.UNKNOWN.action': 'Vuelve a intentarlo. Si sigue ocurriendo, contacta con soporte.',

  'status.APPROVED': 'Verificación completada',
  'status.DECLINED': 'No hemos podido verificarte',
  'status.IN_REVIEW': 'Tu comprobación está en revisión',
  'status.NOT_FINISHED': 'La comprobación no ha terminado',

  'outcome.verified.title': 'Identidad verificada',
  'outcome.verified.body':
    'Tu selfi ha superado la comprobación de vida y coincide con la foto de tu documento de identidad.',
  'outcome.liveness-failed.title': 'No hemos podido confirmar tu selfi',
  'outcome.liveness-failed.body':
    'Tu selfi no ha superado la comprobación de vida, así que no se ha comparado con la foto de tu documento de identidad.',
  'outcome.no-match.title': 'Las caras no coinciden',
  'outcome.no-match.body':
    'Tu selfi y la foto de tu documento de identidad no parecen de la misma persona. Vuelve a hacerte el selfi o usa una foto del documento más nítida.',
  'outcome.reference-unusable.title': 'No podemos usar esta foto del documento',
  'outcome.reference-unusable.body':
    'No encontramos una cara para comparar en la foto de tu documento de identidad. Usa una foto más nítida y bien iluminada, con la cara entera visible, y vuelve a intentarlo.',

  'ui.title': 'Comprobación facial',
  'ui.intro.title': 'Hazte un selfi para confirmar que eres tú',
  'ui.intro.body':
    'Usaremos tu cámara para tomar una foto de tu cara y comprobar que estás aquí de verdad. Tu navegador te pedirá permiso para usar la cámara.',
  'ui.start': 'Activar la cámara',
  'ui.capture': 'Tomar foto',
  'ui.retake': 'Tomar otra foto',
  'ui.retry': 'Reintentar',
  'ui.retryCamera': 'Probar la cámara de nuevo',
  'ui.cancel': 'Cancelar',
  'ui.upload': 'Elegir una foto',
  'ui.upload.description': 'Una foto reciente y nítida de tu cara, solo tú, con buena luz.',
  'ui.upload.alternative': 'También puedes elegir una foto de tu cara desde este dispositivo.',
  'ui.camera.label': 'Cámara',
  'ui.camera.unnamed': 'Cámara {number}',
  'ui.video.label': 'Vista previa de la cámara',
  'ui.progress.starting-camera': 'Activando la cámara…',
  'ui.progress.loading-model': 'Cargando el detector de caras…',
  'ui.progress.capturing': 'Revisando la foto…',
  'ui.progress.uploading': 'Enviando tu foto para comprobarla…',
  'ui.progress.retrying': 'Reintentando (intento {attempt} de {attempts})…',
  'ui.progress.waiting':
    '{seconds, plural, one {Reintentando dentro de # segundo…} many {Reintentando dentro de # de segundos…} other {Reintentando dentro de # segundos…}}',
  'ui.refused': 'No se ha tomado la foto. {hint}',
  'ui.photo.refused': 'No se puede usar esta foto. {hint}',
  'ui.result.approved': 'Gracias. Puedes continuar.',
  'ui.result.review': 'Te avisaremos cuando termine la revisión.',
  'ui.result.prompts': 'Antes de volver a intentarlo:',
  'ui.result.final': 'Esta comprobación no se puede repetir aquí. Contacta con soporte si necesitas ayuda.',
  'ui.step': 'Paso {step} de {steps}: {name}',
  'ui.step.reference': 'Foto del documento',
  'ui.step.selfie': 'Selfi',
  'ui.reference.title': 'Añade una foto de tu documento de identidad',
  'ui.reference.body':
    'Elige o haz una foto de la página de tu documento con tu retrato. Tu cara debe verse clara, bien iluminada y sin reflejos.',
  'ui.reference.choose': 'Elegir una foto del documento',
  'ui.reference.photograph': 'Hacer una foto del documento',
  'ui.reference.checking': 'Comprobando la foto del documento…',
  'ui.reference.ready': 'La foto del documento está lista.',
  'ui.reference.preview': 'La foto de tu documento',
  'ui.reference.usedLargest':
    '{count, plural, one {Hemos encontrado # cara en esta foto.} many {Hemos encontrado # de caras en esta foto y hemos usado la más grande.} other {Hemos encontrado # caras en esta foto y hemos usado la más grande.}}',
  'ui.reference.problem.NO_FACE':
    'No encontramos ninguna cara en esta foto. Elige una foto de la página con tu retrato, sin girar y lo bastante cerca para que el retrato se vea bien.',
  'ui.reference.problem.FACE_TOO_SMALL':
    'La cara de esta foto es demasiado pequeña para compararla. Haz la foto más cerca del documento para que el retrato ocupe más, o elige la foto original en lugar de una copia reducida.',
  'ui.reference.problem.TOO_DARK':
    'Esta foto está demasiado oscura para ver la cara. Hazla de nuevo con más luz.',
  'ui.reference.problem.TOO_BRIGHT':
    'La cara se ve quemada, a menudo por un reflejo en la tarjeta. Inclina el documento para evitar la luz y hazla de nuevo.',
  'ui.reference.problem.BLURRY':
    'Esta foto está demasiado borrosa para comparar la cara. Sujeta el teléfono quieto, no demasiado cerca del documento, deja que enfoque y hazla de nuevo.',
  'ui.reference.problem.UNREADABLE':
    'No se pudo abrir este archivo como foto. Puede estar dañado; elige otro.',
  'ui.reference.problem.UNSUPPORTED_TYPE':
    'Este archivo no es una foto que podamos usar. Elige una imagen JPEG, PNG, WebP o TIFF.',
  'ui.retakeReference': 'Usar otra foto del documento',
  'ui.retakeSelfie': 'Hacer un selfi nuevo',
  'ui.progress.face-match': 'Comparando tu selfi con la foto del documento…',
  'ui.modelError.csp':
    'La configuración de seguridad de esta página bloquea el detector de caras. No es culpa tuya.',
  'ui.modelError.csp.action':
    'Volver a cargar la página no servirá hasta que el equipo del sitio lo solucione. Avisa al soporte del sitio.',
  'ui.modelError.not-found': 'Faltan los archivos del detector de caras en este sitio. No es culpa tuya.',
  'ui.modelError.not-found.action':
    'Volver a cargar la página no servirá hasta que el equipo del sitio lo solucione. Avisa al soporte del sitio.',
  'ui.modelError.http': 'Este sitio no ha podido enviar los archivos del detector de caras.',
  'ui.modelError.http.action':
    'Vuelve a intentarlo dentro de un momento. Si sigue ocurriendo, avisa al soporte del sitio.',
  'ui.modelError.network': 'No se ha podido descargar el detector de caras.',
  'ui.modelError.network.action': 'Comprueba tu conexión a internet y vuelve a intentarlo.',
  'ui.modelError.invalid':
    'Los archivos del detector de caras de este sitio están dañados o no son correctos. No es culpa tuya.',
  'ui.modelError.invalid.action':
    'Volver a cargar la página no servirá hasta que el equipo del sitio lo solucione. Avisa al soporte del sitio.',
};
