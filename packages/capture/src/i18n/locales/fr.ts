import type { LivenessText } from '../text-table.js';

/** French. */
export const fr: LivenessText = {
  'hint.HOLD_UPRIGHT': 'Tenez votre téléphone à la verticale pour prendre la photo',
  'hint.NO_FACE': 'Nous ne voyons pas votre visage : regardez droit vers la caméra',
  'hint.MULTIPLE_FACES':
    'Un seul visage, s’il vous plaît : assurez-vous que personne d’autre n’est dans l’image',
  'hint.TOO_DARK': 'Trouvez plus de lumière : votre visage est trop sombre',
  'hint.TOO_BRIGHT': 'Trop de lumière : éloignez-vous d’une lumière vive ou d’une fenêtre derrière la caméra',
  'hint.MOVE_CLOSER': 'Rapprochez-vous pour que votre visage remplisse l’ovale',
  'hint.MOVE_BACK': 'Reculez un peu pour que tout votre visage tienne dans l’ovale',
  'hint.CENTER_FACE': 'Centrez votre visage dans l’ovale',
  'hint.LOOK_STRAIGHT': 'Regardez la caméra bien en face',
  'hint.BLURRY': 'L’image est floue : tenez l’appareil immobile et essuyez l’objectif',
  'hint.HOLD_STILL': 'Ne bougez plus un instant',
  'hint.READY': 'Parfait, ne bougez pas : prise de la photo',

  'warning.NO_FACE_DETECTED.title': 'Nous n’avons pas trouvé votre visage',
  'warning.NO_FACE_DETECTED.advice':
    'Assurez-vous que votre visage est entièrement visible, découvert et dans l’ovale, puis reprenez la photo.',
  'warning.LIVENESS_FACE_ATTACK.title': 'Nous n’avons pas pu vous vérifier',
  'warning.LIVENESS_FACE_ATTACK.advice':
    'Nous n’avons pas pu vous vérifier. Vous pouvez réessayer ou contacter le support.',
  'warning.FACE_IN_BLOCKLIST.title': 'Nous n’avons pas pu vous vérifier',
  'warning.FACE_IN_BLOCKLIST.advice': 'Nous n’avons pas pu vous vérifier. Veuillez contacter le support.',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.title': 'Nous n’avons pas pu vous vérifier',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.advice':
    'Nous n’avons pas pu vous vérifier. Veuillez contacter le support.',
  'warning.LOW_LIVENESS_SCORE.title': 'Nous n’avons pas pu valider la photo',
  'warning.LOW_LIVENESS_SCORE.advice':
    'Reprenez la photo sous une lumière bonne et uniforme, en regardant droit vers la caméra, sans rien qui couvre votre visage.',
  'warning.DUPLICATED_FACE.title': 'Nous n’avons pas pu terminer la vérification',
  'warning.DUPLICATED_FACE.advice':
    'Nous n’avons pas pu terminer la vérification. Veuillez contacter le support.',
  'warning.POSSIBLE_DUPLICATED_FACE.title': 'Nous n’avons pas pu terminer la vérification',
  'warning.POSSIBLE_DUPLICATED_FACE.advice':
    'Nous n’avons pas pu terminer la vérification. Veuillez contacter le support.',
  'warning.MULTIPLE_FACES_DETECTED.title': 'Plus d’un visage sur la photo',
  'warning.MULTIPLE_FACES_DETECTED.advice':
    'Assurez-vous d’être seul sur l’image, sans photos ni affiches de visages derrière vous, puis réessayez.',
  'warning.LOW_FACE_QUALITY.title': 'La photo n’est pas assez nette',
  'warning.LOW_FACE_QUALITY.advice':
    'Tenez l’appareil immobile à hauteur des yeux, gardez votre visage dans l’ovale sous une bonne lumière, puis réessayez.',
  'warning.LOW_FACE_LUMINANCE.title': 'La photo est trop sombre',
  'warning.LOW_FACE_LUMINANCE.advice':
    'Allez dans un endroit plus lumineux ou placez-vous face à la lumière, puis réessayez.',
  'warning.HIGH_FACE_LUMINANCE.title': 'La photo est trop claire',
  'warning.HIGH_FACE_LUMINANCE.advice':
    'Éloignez-vous du soleil direct ou d’une lumière forte dirigée sur votre visage, puis réessayez.',
  'warning.NO_REFERENCE_IMAGE.title': 'Nous n’avons pas trouvé de visage à comparer',
  'warning.NO_REFERENCE_IMAGE.advice':
    'Nous n’avons trouvé de visage ni sur la photo de la pièce d’identité ni sur le selfie. Utilisez une photo de la pièce d’identité plus nette et bien éclairée, avec le visage entier et droit, puis réessayez.',
  'warning.LOW_FACE_MATCH_SIMILARITY.title': 'Les visages ne correspondent pas',
  'warning.LOW_FACE_MATCH_SIMILARITY.advice':
    'Le selfie et la photo de la pièce d’identité ne semblent pas montrer la même personne. Reprenez le selfie sous une bonne lumière, en regardant droit vers la caméra, ou utilisez une photo de la pièce d’identité plus nette.',
  'warning.UNKNOWN.title': 'Nous n’avons pas pu terminer la vérification',
  'warning.UNKNOWN.advice': 'Veuillez réessayer. Si le problème persiste, contactez le support.',

  'error.NETWORK': 'Impossible de joindre le serveur.',
  'error.NETWORK.action': 'Vérifiez votre connexion internet et réessayez.',
  'error.TIMEOUT': 'La vérification a pris trop de temps.',
  'error.TIMEOUT.action': 'Vérifiez votre connexion internet et réessayez.',
  'error.ABORTED': 'La vérification a été annulée.',
  'error.ABORTED.action': 'Recommencez quand vous êtes prêt.',
  'error.BAD_REQUEST': 'La photo n’a pas pu être vérifiée.',
  'error.BAD_REQUEST.action': 'Prenez une nouvelle photo et réessayez.',
  'error.UNAUTHORIZED': 'Le service de vérification n’est pas correctement configuré.',
  'error.UNAUTHORIZED.action': 'Veuillez contacter le support.',
  'error.PAYMENT_REQUIRED': 'Le service de vérification n’est pas disponible pour le moment.',
  'error.PAYMENT_REQUIRED.action': 'Réessayez plus tard ou contactez le support.',
  'error.FORBIDDEN': 'Le service de vérification a refusé la demande.',
  'error.FORBIDDEN.action': 'Réessayez plus tard ou contactez le support.',
  'error.FILE_TOO_LARGE': 'La photo est trop volumineuse.',
  'error.FILE_TOO_LARGE.action': 'Prenez une nouvelle photo et réessayez.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Ce format d’image n’est pas pris en charge.',
  'error.UNSUPPORTED_MEDIA_TYPE.action': 'Utilisez une photo JPEG, PNG, WebP ou TIFF.',
  'error.RATE_LIMITED': 'Trop de tentatives en peu de temps.',
  'error.RATE_LIMITED.action': 'Patientez un instant, puis réessayez.',
  'error.RATE_LIMITED.actionWithDelay':
    '{seconds, plural, one {Patientez # seconde, puis réessayez.} many {Patientez # de secondes, puis réessayez.} other {Patientez # secondes, puis réessayez.}}',
  'error.BUSY': 'Le service de vérification est surchargé en ce moment.',
  'error.BUSY.action': 'Patientez un instant, puis réessayez.',
  'error.SERVER': 'Le service de vérification a rencontré un problème.',
  'error.SERVER.action': 'Réessayez dans un instant.',
  'error.INVALID_RESPONSE': 'Le service de vérification a envoyé une réponse illisible.',
  'error.INVALID_RESPONSE.action':
    'Réessayez dans un instant. Si le problème persiste, contactez le support.',
  'error.UPSTREAM_UNAUTHORIZED':
    'Le service de vérification de ce site n’est pas correctement configuré (sa clé d’accès a été refusée). Vous n’y êtes pour rien.',
  'error.UPSTREAM_UNAUTHORIZED.action':
    'Réessayer ne servira à rien tant que l’équipe du site n’aura pas corrigé le problème. Veuillez prévenir le support du site.',
  'error.UPSTREAM_PAYMENT_REQUIRED':
    'Le service de vérification de ce site n’a plus de crédits. Vous n’y êtes pour rien.',
  'error.UPSTREAM_PAYMENT_REQUIRED.action':
    'Réessayer ne servira à rien tant que l’équipe du site n’aura pas corrigé le problème. Veuillez prévenir le support du site.',
  'error.UPSTREAM_FORBIDDEN':
    'L’accès au service de vérification de ce site a été refusé. Vous n’y êtes pour rien.',
  'error.UPSTREAM_FORBIDDEN.action':
    'Réessayer ne servira à rien tant que l’équipe du site n’aura pas corrigé le problème. Veuillez prévenir le support du site.',
  'error.INVALID_OPTIONS': 'La vérification n’est pas correctement configurée.',
  'error.INVALID_OPTIONS.action': 'Veuillez contacter le support.',
  'error.MODEL_LOAD_FAILED': 'Le détecteur de visage n’a pas pu être chargé.',
  'error.MODEL_LOAD_FAILED.action': 'Vérifiez votre connexion internet et rechargez la page.',
  'error.INVALID_IMAGE': 'La photo n’a pas pu être lue.',
  'error.INVALID_IMAGE.action': 'Prenez une nouvelle photo et réessayez.',
  'error.CAMERA_PERMISSION_DENIED': 'L’accès à la caméra est bloqué.',
  'error.CAMERA_PERMISSION_DENIED.action':
    'Autorisez l’accès à la caméra dans les paramètres de votre navigateur, puis réessayez.',
  'error.CAMERA_NOT_FOUND': 'Aucune caméra n’a été trouvée.',
  'error.CAMERA_NOT_FOUND.action': 'Branchez une caméra ou continuez sur un appareil qui en a une.',
  'error.CAMERA_IN_USE': 'La caméra est utilisée par une autre application.',
  'error.CAMERA_IN_USE.action':
    'Fermez les autres applications ou onglets qui utilisent la caméra, puis réessayez.',
  'error.CAMERA_DISCONNECTED': 'La caméra a été déconnectée.',
  'error.CAMERA_DISCONNECTED.action': 'Rebranchez la caméra, puis réessayez.',
  'error.INSECURE_CONTEXT': 'La caméra ne fonctionne que sur une page sécurisée (https).',
  'error.INSECURE_CONTEXT.action': 'Ouvrez cette page en https ou contactez le support.',
  'error.UNKNOWN': 'Une erreur s’est produite.',
  'error.UNKNOWN.action': 'Réessayez. Si le problème persiste, contactez le support.',

  'status.APPROVED': 'Vous êtes vérifié',
  'status.DECLINED': 'Nous n’avons pas pu vous vérifier',
  'status.IN_REVIEW': 'Votre vérification est en cours d’examen',
  'status.NOT_FINISHED': 'La vérification n’est pas terminée',

  'outcome.verified.title': 'Identité vérifiée',
  'outcome.verified.body':
    'Votre selfie a passé la vérification du vivant et correspond à la photo de votre pièce d’identité.',
  'outcome.liveness-failed.title': 'Nous n’avons pas pu confirmer votre selfie',
  'outcome.liveness-failed.body':
    'Votre selfie n’a pas passé la vérification du vivant ; il n’a donc pas été comparé à la photo de votre pièce d’identité.',
  'outcome.no-match.title': 'Les visages ne correspondent pas',
  'outcome.no-match.body':
    'Votre selfie et la photo de votre pièce d’identité ne semblent pas montrer la même personne. Reprenez le selfie ou utilisez une photo de la pièce d’identité plus nette.',
  'outcome.reference-unusable.title': 'Nous ne pouvons pas utiliser cette photo de pièce d’identité',
  'outcome.reference-unusable.body':
    'Nous n’avons pas trouvé de visage à comparer sur la photo de votre pièce d’identité. Utilisez une photo plus nette et bien éclairée, avec le visage entier visible, puis réessayez.',

  'ui.title': 'Vérification du visage',
  'ui.intro.title': 'Prenez un selfie pour confirmer que c’est bien vous',
  'ui.intro.body':
    'Nous utiliserons votre caméra pour prendre une photo de votre visage et vérifier que vous êtes bien là. Votre navigateur vous demandera d’autoriser la caméra.',
  'ui.start': 'Activer la caméra',
  'ui.capture': 'Prendre la photo',
  'ui.retake': 'Reprendre une photo',
  'ui.retry': 'Réessayer',
  'ui.retryCamera': 'Réessayer la caméra',
  'ui.cancel': 'Annuler',
  'ui.upload': 'Choisir une photo à la place',
  'ui.upload.description': 'Une photo récente et nette de votre visage, seul, sous une bonne lumière.',
  'ui.upload.alternative': 'Vous pouvez aussi choisir une photo de votre visage sur cet appareil.',
  'ui.camera.label': 'Caméra',
  'ui.camera.unnamed': 'Caméra {number}',
  'ui.video.label': 'Aperçu de la caméra',
  'ui.progress.starting-camera': 'Démarrage de la caméra…',
  'ui.progress.loading-model': 'Chargement du détecteur de visage…',
  'ui.progress.capturing': 'Vérification de la photo…',
  'ui.progress.uploading': 'Envoi de votre photo pour vérification…',
  'ui.progress.retrying': 'Nouvel essai (tentative {attempt} sur {attempts})…',
  'ui.progress.waiting':
    '{seconds, plural, one {Nouvel essai dans # seconde…} many {Nouvel essai dans # de secondes…} other {Nouvel essai dans # secondes…}}',
  'ui.refused': 'La photo n’a pas été prise. {hint}',
  'ui.photo.refused': 'Cette photo ne peut pas être utilisée. {hint}',
  'ui.result.approved': 'Merci. Vous pouvez continuer.',
  'ui.result.review': 'Nous vous préviendrons à la fin de l’examen.',
  'ui.result.prompts': 'Avant de réessayer :',
  'ui.result.final':
    'Cette vérification ne peut pas être refaite ici. Contactez le support si vous avez besoin d’aide.',
  'ui.step': 'Étape {step} sur {steps} : {name}',
  'ui.step.reference': 'Photo de la pièce d’identité',
  'ui.step.selfie': 'Votre selfie',
  'ui.reference.title': 'Ajoutez une photo de votre pièce d’identité',
  'ui.reference.body':
    'Choisissez ou prenez une photo de la page de votre pièce d’identité avec votre portrait. Votre visage doit y être net, bien éclairé et sans reflet.',
  'ui.reference.choose': 'Choisir une photo de la pièce d’identité',
  'ui.reference.photograph': 'Photographier la pièce d’identité',
  'ui.reference.checking': 'Vérification de la photo de la pièce d’identité…',
  'ui.reference.ready': 'La photo de votre pièce d’identité est prête.',
  'ui.reference.preview': 'La photo de votre pièce d’identité',
  'ui.reference.usedLargest':
    '{count, plural, one {Nous avons trouvé # visage sur cette photo.} many {Nous avons trouvé # de visages sur cette photo et utilisé le plus grand.} other {Nous avons trouvé # visages sur cette photo et utilisé le plus grand.}}',
  'ui.reference.problem.NO_FACE':
    'Aucun visage trouvé sur cette photo. Choisissez une photo de la page avec votre portrait, à l’endroit et assez près pour que le portrait soit bien visible.',
  'ui.reference.problem.FACE_TOO_SMALL':
    'Le visage est trop petit pour être comparé. Prenez la photo plus près de la pièce d’identité pour que le portrait occupe plus de place, ou choisissez la photo d’origine plutôt qu’une copie réduite.',
  'ui.reference.problem.TOO_DARK':
    'Cette photo est trop sombre pour voir le visage. Reprenez-la avec plus de lumière.',
  'ui.reference.problem.TOO_BRIGHT':
    'Le visage est délavé, souvent par un reflet sur la carte. Inclinez la pièce loin de la lumière et reprenez la photo.',
  'ui.reference.problem.BLURRY':
    'Cette photo est trop floue pour comparer le visage. Tenez le téléphone immobile, pas trop près de la pièce, laissez-le faire la mise au point et reprenez-la.',
  'ui.reference.problem.UNREADABLE':
    'Ce fichier ne s’ouvre pas comme une photo. Il est peut-être endommagé ; choisissez-en un autre.',
  'ui.reference.problem.UNSUPPORTED_TYPE':
    'Ce fichier n’est pas une photo utilisable. Choisissez une image JPEG, PNG, WebP ou TIFF.',
  'ui.retakeReference': 'Utiliser une autre photo de la pièce',
  'ui.retakeSelfie': 'Prendre un nouveau selfie',
  'ui.progress.face-match': 'Comparaison de votre selfie avec la photo de la pièce…',
  'ui.modelError.csp':
    'Les réglages de sécurité de cette page bloquent le détecteur de visage. Vous n’y êtes pour rien.',
  'ui.modelError.csp.action':
    'Recharger la page ne servira à rien tant que l’équipe du site n’aura pas corrigé le problème. Veuillez prévenir le support du site.',
  'ui.modelError.not-found':
    'Les fichiers du détecteur de visage manquent sur ce site. Vous n’y êtes pour rien.',
  'ui.modelError.not-found.action':
    'Recharger la page ne servira à rien tant que l’équipe du site n’aura pas corrigé le problème. Veuillez prévenir le support du site.',
  'ui.modelError.http': 'Ce site n’a pas pu envoyer les fichiers du détecteur de visage.',
  'ui.modelError.http.action':
    'Réessayez dans un instant. Si cela se reproduit, veuillez prévenir le support du site.',
  'ui.modelError.network': 'Le détecteur de visage n’a pas pu être téléchargé.',
  'ui.modelError.network.action': 'Vérifiez votre connexion internet et réessayez.',
  'ui.modelError.invalid':
    'Les fichiers du détecteur de visage de ce site sont endommagés ou incorrects. Vous n’y êtes pour rien.',
  'ui.modelError.invalid.action':
    'Recharger la page ne servira à rien tant que l’équipe du site n’aura pas corrigé le problème. Veuillez prévenir le support du site.',
};
