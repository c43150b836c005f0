import type { LivenessText } from '../text-table.js';

/** Portuguese. */
export const pt: LivenessText = {
  'hint.HOLD_UPRIGHT': 'Segure o telefone na vertical para tirar a foto',
  'hint.NO_FACE': 'Não vemos o seu rosto: olhe diretamente para a câmera',
  'hint.MULTIPLE_FACES': 'Apenas um rosto, por favor: confira se não há mais ninguém na imagem',
  'hint.TOO_DARK': 'Procure mais luz: o seu rosto está escuro demais',
  'hint.TOO_BRIGHT': 'Luz demais: afaste-se de luz forte ou de uma janela atrás da câmera',
  'hint.MOVE_CLOSER': 'Aproxime-se para que o seu rosto preencha o oval',
  'hint.MOVE_BACK': 'Afaste-se um pouco para que o rosto inteiro caiba no oval',
  'hint.CENTER_FACE': 'Centralize o rosto no oval',
  'hint.LOOK_STRAIGHT': 'Olhe de frente para a câmera',
  'hint.BLURRY': 'A imagem está desfocada: segure a câmera firme e limpe a lente',
  'hint.HOLD_STILL': 'Fique parado por um momento',
  'hint.READY': 'Perfeito, não se mexa: tirando a foto',

  'warning.NO_FACE_DETECTED.title': 'Não encontramos o seu rosto',
  'warning.NO_FACE_DETECTED.advice':
    'Confira se o rosto inteiro está visível, descoberto e dentro do oval e tire a foto novamente.',
  'warning.LIVENESS_FACE_ATTACK.title': 'Não foi possível verificar você',
  'warning.LIVENESS_FACE_ATTACK.advice':
    'Não foi possível verificar você. Você pode tentar novamente ou entrar em contato com o suporte.',
  'warning.FACE_IN_BLOCKLIST.title': 'Não foi possível verificar você',
  'warning.FACE_IN_BLOCKLIST.advice': 'Não foi possível verificar você. Entre em contato com o suporte.',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.title': 'Não foi possível verificar você',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.advice':
    'Não foi possível verificar você. Entre em contato com o suporte.',
  'warning.LOW_LIVENESS_SCORE.title': 'Não foi possível confirmar a foto',
  'warning.LOW_LIVENESS_SCORE.advice':
    'Tire a foto novamente com luz boa e uniforme, olhando diretamente para a câmera e sem nada cobrindo o rosto.',
  'warning.DUPLICATED_FACE.title': 'Não foi possível concluir a verificação',
  'warning.DUPLICATED_FACE.advice':
    'Não foi possível concluir a verificação. Entre em contato com o suporte.',
  'warning.POSSIBLE_DUPLICATED_FACE.title': 'Não foi possível concluir a verificação',
  'warning.POSSIBLE_DUPLICATED_FACE.advice':
    'Não foi possível concluir a verificação. Entre em contato com o suporte.',
  'warning.MULTIPLE_FACES_DETECTED.title': 'Há mais de um rosto na foto',
  'warning.MULTIPLE_FACES_DETECTED.advice':
    'Confira se você está sozinho na imagem, sem fotos ou cartazes com rostos atrás de você, e tente novamente.',
  'warning.LOW_FACE_QUALITY.title': 'A foto não está nítida o suficiente',
  'warning.LOW_FACE_QUALITY.advice':
    'Segure a câmera firme na altura dos olhos, mantenha o rosto dentro do oval com boa luz e tente novamente.',
  'warning.LOW_FACE_LUMINANCE.title': 'A foto está escura demais',
  'warning.LOW_FACE_LUMINANCE.advice':
    'Vá para um lugar mais iluminado ou fique de frente para uma luz e tente novamente.',
  'warning.HIGH_FACE_LUMINANCE.title': 'A foto está clara demais',
  'warning.HIGH_FACE_LUMINANCE.advice':
    'Saia da luz direta do sol ou de uma luz forte sobre o rosto e tente novamente.',
  'warning.NO_REFERENCE_IMAGE.title': 'Não encontramos um rosto para comparar',
  'warning.NO_REFERENCE_IMAGE.advice':
    'Não encontramos um rosto na foto do documento de identidade nem na selfie. Use uma foto do documento mais nítida e bem iluminada, com o rosto inteiro e na posição certa, e tente novamente.',
  'warning.LOW_FACE_MATCH_SIMILARITY.title': 'Os rostos não correspondem',
  'warning.LOW_FACE_MATCH_SIMILARITY.advice':
    'A selfie e a foto do documento de identidade não parecem ser da mesma pessoa. Tire a selfie novamente com boa luz, olhando diretamente para a câmera, ou use uma foto do documento mais nítida.',
  'warning.UNKNOWN.title': 'Não foi possível concluir a verificação',
  'warning.UNKNOWN.advice': 'Tente novamente. Se continuar acontecendo, entre em contato com o suporte.',

  'error.NETWORK': 'Não foi possível conectar ao servidor.',
  'error.NETWORK.action': 'Verifique a sua conexão com a internet e tente novamente.',
  'error.TIMEOUT': 'A verificação demorou demais.',
  'error.TIMEOUT.action': 'Verifique a sua conexão com a internet e tente novamente.',
  'error.ABORTED': 'A verificação foi cancelada.',
  'error.ABORTED.action': 'Comece de novo quando estiver pronto.',
  'error.BAD_REQUEST': 'Não foi possível verificar a foto.',
  'error.BAD_REQUEST.action': 'Tire uma nova foto e tente novamente.',
  'error.UNAUTHORIZED': 'O serviço de verificação não está configurado corretamente.',
  'error.UNAUTHORIZED.action': 'Entre em contato com o suporte.',
  'error.PAYMENT_REQUIRED': 'O serviço de verificação não está disponível no momento.',
  'error.PAYMENT_REQUIRED.action': 'Tente novamente mais tarde ou entre em contato com o suporte.',
  'error.FORBIDDEN': 'O serviço de verificação recusou o pedido.',
  'error.FORBIDDEN.action': 'Tente novamente mais tarde ou entre em contato com o suporte.',
  'error.FILE_TOO_LARGE': 'A foto é grande demais.',
  'error.FILE_TOO_LARGE.action': 'Tire uma nova foto e tente novamente.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Este formato de imagem não é aceito.',
  'error.UNSUPPORTED_MEDIA_TYPE.action': 'Use uma foto JPEG, PNG, WebP ou TIFF.',
  'error.RATE_LIMITED': 'Muitas tentativas em pouco tempo.',
  'error.RATE_LIMITED.action': 'Aguarde um momento e tente novamente.',
  'error.RATE_LIMITED.actionWithDelay':
    '{seconds, plural, one {Aguarde # segundo e tente novamente.} many {Aguarde # de segundos e tente novamente.} other {Aguarde # segundos e tente novamente.}}',
  'error.BUSY': 'O serviço de verificação está sobrecarregado neste momento.',
  'error.BUSY.action': 'Aguarde um momento e tente novamente.',
  'error.SERVER': 'O serviço de verificação teve um problema.',
  'error.SERVER.action': 'Tente novamente em instantes.',
  'error.INVALID_RESPONSE': 'O serviço de verificação enviou uma resposta que não conseguimos ler.',
  'error.INVALID_RESPONSE.action':
    'Tente novamente em instantes. Se continuar acontecendo, entre em contato com o suporte.',
  'error.UPSTREAM_UNAUTHORIZED':
    'O serviço de verificação deste site não está configurado corretamente (a chave de acesso dele foi recusada). A culpa não é sua.',
  'error.UPSTREAM_UNAUTHORIZED.action':
    'Tentar novamente não vai adiantar até que a equipe do site resolva o problema. Avise o suporte do site.',
  'error.UPSTREAM_PAYMENT_REQUIRED':
    'O serviço de verificação deste site ficou sem créditos. A culpa não é sua.',
  'error.UPSTREAM_PAYMENT_REQUIRED.action':
    'Tentar novamente não vai adiantar até que a equipe do site resolva o problema. Avise o suporte do site.',
  'error.UPSTREAM_FORBIDDEN': 'O acesso do serviço de verificação deste site foi negado. A culpa não é sua.',
  'error.UPSTREAM_FORBIDDEN.action':
    'Tentar novamente não vai adiantar até que a equipe do site resolva o problema. Avise o suporte do site.',
  'error.INVALID_OPTIONS': 'A verificação não está configurada corretamente.',
  'error.INVALID_OPTIONS.action': 'Entre em contato com o suporte.',
  'error.MODEL_LOAD_FAILED': 'Não foi possível carregar o detector de rosto.',
  'error.MODEL_LOAD_FAILED.action': 'Verifique a sua conexão com a internet e recarregue a página.',
  'error.INVALID_IMAGE': 'Não foi possível ler a foto.',
  'error.INVALID_IMAGE.action': 'Tire uma nova foto e tente novamente.',
  'error.CAMERA_PERMISSION_DENIED': 'O acesso à câmera está bloqueado.',
  'error.CAMERA_PERMISSION_DENIED.action':
    'Permita o acesso à câmera nas configurações do navegador e tente novamente.',
  'error.CAMERA_NOT_FOUND': 'Nenhuma câmera foi encontrada.',
  'error.CAMERA_NOT_FOUND.action': 'Conecte uma câmera ou continue em um dispositivo que tenha uma.',
  'error.CAMERA_IN_USE': 'A câmera está sendo usada por outro aplicativo.',
  'error.CAMERA_IN_USE.action': 'Feche outros aplicativos ou abas que usam a câmera e tente novamente.',
  'error.CAMERA_DISCONNECTED': 'A câmera foi desconectada.',
  'error.CAMERA_DISCONNECTED.action': 'Conecte a câmera novamente e tente de novo.',
  'error.INSECURE_CONTEXT': 'A câmera só funciona em uma página segura (https).',
  'error.INSECURE_CONTEXT.action': 'Abra esta página com https ou entre em contato com o suporte.',
  'error.UNKNOWN': 'Algo deu errado.',
  'error.UNKNOWN.action': 'Tente novamente. Se continuar acontecendo, entre em contato com o suporte.',

  'status.APPROVED': 'Você foi verificado',
  'status.DECLINED': 'Não foi possível verificar você',
  'status.IN_REVIEW': 'A sua verificação está em análise',
  'status.NOT_FINISHED': 'A verificação não foi concluída',

  'outcome.verified.title': 'Identidade verificada',
  'outcome.verified.body':
    'A sua selfie passou na verificação de vivacidade e corresponde à foto do seu documento de identidade.',
  'outcome.liveness-failed.title': 'Não foi possível confirmar a sua selfie',
  'outcome.liveness-failed.body':
    'A sua selfie não passou na verificação de vivacidade, por isso não foi comparada com a foto do seu documento de identidade.',
  'outcome.no-match.title': 'Os rostos não correspondem',
  'outcome.no-match.body':
    'A sua selfie e a foto do seu documento de identidade não parecem ser da mesma pessoa. Tire a selfie novamente ou use uma foto do documento mais nítida.',
  'outcome.reference-unusable.title': 'Não podemos usar esta foto do documento',
  'outcome.reference-unusable.body':
    'Não encontramos um rosto para comparar na foto do seu documento de identidade. Use uma foto mais nítida e bem iluminada, com o rosto inteiro visível, e tente novamente.',

  'ui.title': 'Verificação facial',
  'ui.intro.title': 'Tire uma selfie para confirmar que é você',
  'ui.intro.body':
    'Vamos usar a sua câmera para tirar uma foto do seu rosto e verificar que você está mesmo aqui. O navegador vai pedir permissão para usar a câmera.',
  'ui.start': 'Ligar a câmera',
  'ui.capture': 'Tirar foto',
  'ui.retake': 'Tirar outra foto',
  'ui.retry': 'Tentar novamente',
  'ui.retryCamera': 'Tentar a câmera novamente',
  'ui.cancel': 'Cancelar',
  'ui.upload': 'Escolher uma foto',
  'ui.upload.description': 'Uma foto recente e nítida do seu rosto, sozinho, com boa luz.',
  'ui.upload.alternative': 'Você também pode escolher uma foto do seu rosto neste dispositivo.',
  'ui.camera.label': 'Câmera',
  'ui.camera.unnamed': 'Câmera {number}',
  'ui.video.label': 'Prévia da câmera',
  'ui.progress.starting-camera': 'Ligando a câmera…',
  'ui.progress.loading-model': 'Carregando o detector de rosto…',
  'ui.progress.capturing': 'Verificando a foto…',
  'ui.progress.uploading': 'Enviando a sua foto para verificação…',
  'ui.progress.retrying': 'Tentando novamente (tentativa {attempt} de {attempts})…',
  'ui.progress.waiting':
    '{seconds, plural, one {Tentando novamente em # segundo…} many {Tentando novamente em # de segundos…} other {Tentando novamente em # segundos…}}',
  'ui.refused': 'A foto não foi tirada. {hint}',
  'ui.photo.refused': 'Esta foto não pode ser usada. {hint}',
  'ui.result.approved': 'Obrigado. Você pode continuar.',
  'ui.result.review': 'Avisaremos quando a análise terminar.',
  'ui.result.prompts': 'Antes de tentar novamente:',
  'ui.result.final':
    'Esta verificação não pode ser repetida aqui. Entre em contato com o suporte se precisar de ajuda.',
  'ui.step': 'Passo {step} de {steps}: {name}',
  'ui.step.reference': 'Foto do documento',
  'ui.step.selfie': 'Selfie',
  'ui.reference.title': 'Adicione uma foto do seu documento de identidade',
  'ui.reference.body':
    'Escolha ou tire uma foto da página do documento com o seu retrato. O seu rosto deve estar nítido, bem iluminado e sem reflexos.',
  'ui.reference.choose': 'Escolher uma foto do documento',
  'ui.reference.photograph': 'Fotografar o documento',
  'ui.reference.checking': 'A verificar a foto do documento…',
  'ui.reference.ready': 'A foto do documento está pronta.',
  'ui.reference.preview': 'A foto do seu documento',
  'ui.reference.usedLargest':
    '{count, plural, one {Encontrámos # rosto nesta foto.} many {Encontrámos # de rostos nesta foto e usámos o maior.} other {Encontrámos # rostos nesta foto e usámos o maior.}}',
  'ui.reference.problem.NO_FACE':
    'Não encontrámos nenhum rosto nesta foto. Escolha uma foto da página com o seu retrato, na posição correta (não de lado) e tirada de perto o suficiente para que o retrato se veja bem.',
  'ui.reference.problem.FACE_TOO_SMALL':
    'O rosto nesta foto é pequeno demais para comparar. Tire a foto mais perto do documento, para que o retrato ocupe mais espaço, ou escolha a foto original em vez de uma cópia reduzida.',
  'ui.reference.problem.TOO_DARK':
    'Esta foto está escura demais para ver o rosto. Tire-a de novo com mais luz.',
  'ui.reference.problem.TOO_BRIGHT':
    'O rosto está desbotado, muitas vezes por um reflexo no cartão. Incline o documento para longe da luz e tire a foto de novo.',
  'ui.reference.problem.BLURRY':
    'Esta foto está demasiado desfocada para comparar o rosto. Segure o telemóvel parado, não demasiado perto do documento, deixe-o focar e tire-a de novo.',
  'ui.reference.problem.UNREADABLE':
    'Não foi possível abrir este ficheiro como foto. Pode estar danificado; escolha outro.',
  'ui.reference.problem.UNSUPPORTED_TYPE':
    'Este ficheiro não é uma foto que possamos usar. Escolha uma imagem JPEG, PNG, WebP ou TIFF.',
  'ui.retakeReference': 'Usar outra foto do documento',
  'ui.retakeSelfie': 'Tirar uma nova selfie',
  'ui.progress.face-match': 'A comparar a sua selfie com a foto do documento…',
  'ui.modelError.csp':
    'As configurações de segurança desta página bloqueiam o detector de rosto. A culpa não é sua.',
  'ui.modelError.csp.action':
    'Recarregar a página não vai adiantar até que a equipe do site resolva o problema. Avise o suporte do site.',
  'ui.modelError.not-found': 'Os arquivos do detector de rosto estão faltando neste site. A culpa não é sua.',
  'ui.modelError.not-found.action':
    'Recarregar a página não vai adiantar até que a equipe do site resolva o problema. Avise o suporte do site.',
  'ui.modelError.http': 'Este site não conseguiu enviar os arquivos do detector de rosto.',
  'ui.modelError.http.action':
    'Tente novamente em instantes. Se continuar acontecendo, avise o suporte do site.',
  'ui.modelError.network': 'Não foi possível baixar o detector de rosto.',
  'ui.modelError.network.action': 'Verifique a sua conexão com a internet e tente novamente.',
  'ui.modelError.invalid':
    'Os arquivos do detector de rosto deste site estão danificados ou incorretos. A culpa não é sua.',
  'ui.modelError.invalid.action':
    'Recarregar a página não vai adiantar até que a equipe do site resolva o problema. Avise o suporte do site.',
};
