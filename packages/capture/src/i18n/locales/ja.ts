import type { LivenessText } from '../text-table.js';

/** Japanese. */
export const ja: LivenessText = {
  'hint.HOLD_UPRIGHT': '写真を撮るには、スマートフォンを縦向きに持ってください',
  'hint.NO_FACE': '顔が見えません：カメラをまっすぐ見てください',
  'hint.MULTIPLE_FACES': '顔は1人分だけにしてください：ほかの人が写っていないか確認してください',
  'hint.TOO_DARK': 'もっと明るい場所へ：顔が暗すぎます',
  'hint.TOO_BRIGHT': '明るすぎます：強い光やカメラの後ろの窓から離れてください',
  'hint.MOVE_CLOSER': '顔が楕円いっぱいになるまで近づいてください',
  'hint.MOVE_BACK': '顔全体が楕円に収まるよう、少し離れてください',
  'hint.CENTER_FACE': '顔を楕円の中央に合わせてください',
  'hint.LOOK_STRAIGHT': '顔を正面に向けて、カメラをまっすぐ見てください',
  'hint.BLURRY': '画像がぼやけています：カメラを固定し、レンズを拭いてください',
  'hint.HOLD_STILL': 'そのまま少し動かないでください',
  'hint.READY': 'そのまま動かないでください：撮影しています',

  'warning.NO_FACE_DETECTED.title': '顔が見つかりませんでした',
  'warning.NO_FACE_DETECTED.advice': '顔全体が隠れずに楕円の中に写るようにして、もう一度撮影してください。',
  'warning.LIVENESS_FACE_ATTACK.title': '本人確認ができませんでした',
  'warning.LIVENESS_FACE_ATTACK.advice':
    '本人確認ができませんでした。もう一度お試しいただくか、サポートにお問い合わせください。',
  'warning.FACE_IN_BLOCKLIST.title': '本人確認ができませんでした',
  'warning.FACE_IN_BLOCKLIST.advice': '本人確認ができませんでした。サポートにお問い合わせください。',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.title': '本人確認ができませんでした',
  'warning.POSSIBLE_FACE_IN_BLOCKLIST.advice': '本人確認ができませんでした。サポートにお問い合わせください。',
  'warning.LOW_LIVENESS_SCORE.title': '写真を確認できませんでした',
  'warning.LOW_LIVENESS_SCORE.advice':
    '明るく均一な光の中で、カメラをまっすぐ見て、顔を何も覆わずにもう一度撮影してください。',
  'warning.DUPLICATED_FACE.title': '確認を完了できませんでした',
  'warning.DUPLICATED_FACE.advice': '確認を完了できませんでした。サポートにお問い合わせください。',
  'warning.POSSIBLE_DUPLICATED_FACE.title': '確認を完了できませんでした',
  'warning.POSSIBLE_DUPLICATED_FACE.advice': '確認を完了できませんでした。サポートにお問い合わせください。',
  'warning.MULTIPLE_FACES_DETECTED.title': '写真に複数の顔が写っています',
  'warning.MULTIPLE_FACES_DETECTED.advice':
    'ご自身だけが写るようにし、背後に顔の写った写真やポスターがないことを確認して、もう一度お試しください。',
  'warning.LOW_FACE_QUALITY.title': '写真が鮮明ではありません',
  'warning.LOW_FACE_QUALITY.advice':
    'カメラを目の高さで固定し、明るい場所で顔を楕円の中に収めて、もう一度お試しください。',
  'warning.LOW_FACE_LUMINANCE.title': '写真が暗すぎます',
  'warning.LOW_FACE_LUMINANCE.advice':
    'もっと明るい場所へ移動するか光源の方を向いて、もう一度お試しください。',
  'warning.HIGH_FACE_LUMINANCE.title': '写真が明るすぎます',
  'warning.HIGH_FACE_LUMINANCE.advice': '直射日光や顔に当たる強い光を避けて、もう一度お試しください。',
  'warning.NO_REFERENCE_IMAGE.title': '比較する顔が見つかりませんでした',
  'warning.NO_REFERENCE_IMAGE.advice':
    '身分証明書の写真または自撮りに顔が見つかりませんでした。顔全体がまっすぐ写った、鮮明で明るい身分証明書の写真を使って、もう一度お試しください。',
  'warning.LOW_FACE_MATCH_SIMILARITY.title': '顔が一致しません',
  'warning.LOW_FACE_MATCH_SIMILARITY.advice':
    '自撮りと身分証明書の写真が同じ人物に見えません。明るい場所でカメラをまっすぐ見て自撮りを撮り直すか、より鮮明な身分証明書の写真を使ってください。',
  'warning.UNKNOWN.title': '確認を完了できませんでした',
  'warning.UNKNOWN.advice':
    'もう一度お試しください。繰り返し発生する場合は、サポートにお問い合わせください。',

  'error.NETWORK': 'サーバーに接続できませんでした。',
  'error.NETWORK.action': 'インターネット接続を確認して、もう一度お試しください。',
  'error.TIMEOUT': '確認に時間がかかりすぎました。',
  'error.TIMEOUT.action': 'インターネット接続を確認して、もう一度お試しください。',
  'error.ABORTED': '確認はキャンセルされました。',
  'error.ABORTED.action': '準備ができたら、もう一度始めてください。',
  'error.BAD_REQUEST': '写真を確認できませんでした。',
  'error.BAD_REQUEST.action': '新しい写真を撮って、もう一度お試しください。',
  'error.UNAUTHORIZED': '認証サービスが正しく設定されていません。',
  'error.UNAUTHORIZED.action': 'サポートにお問い合わせください。',
  'error.PAYMENT_REQUIRED': '認証サービスは現在ご利用いただけません。',
  'error.PAYMENT_REQUIRED.action': '後でもう一度お試しいただくか、サポートにお問い合わせください。',
  'error.FORBIDDEN': '認証サービスがリクエストを拒否しました。',
  'error.FORBIDDEN.action': '後でもう一度お試しいただくか、サポートにお問い合わせください。',
  'error.FILE_TOO_LARGE': '写真のサイズが大きすぎます。',
  'error.FILE_TOO_LARGE.action': '新しい写真を撮って、もう一度お試しください。',
  'error.UNSUPPORTED_MEDIA_TYPE': 'この画像形式には対応していません。',
  'error.UNSUPPORTED_MEDIA_TYPE.action': 'JPEG、PNG、WebP、TIFF のいずれかの写真を使用してください。',
  'error.RATE_LIMITED': '短時間に試行が多すぎます。',
  'error.RATE_LIMITED.action': 'しばらく待ってから、もう一度お試しください。',
  'error.RATE_LIMITED.actionWithDelay': '{seconds, plural, other {# 秒待ってから、もう一度お試しください。}}',
  'error.BUSY': '認証サービスは現在混み合っています。',
  'error.BUSY.action': 'しばらく待ってから、もう一度お試しください。',
  'error.SERVER': '認証サービスで問題が発生しました。',
  'error.SERVER.action': '少し待ってから、もう一度お試しください。',
  'error.INVALID_RESPONSE': '認証サービスから読み取れない応答が返されました。',
  'error.INVALID_RESPONSE.action':
    '少し待ってから、もう一度お試しください。繰り返し発生する場合は、サポートにお問い合わせください。',
  'error.UPSTREAM_UNAUTHORIZED':
    'このサイトの認証サービスが正しく設定されていません（アクセスキーが拒否されました）。お客様の問題ではありません。',
  'error.UPSTREAM_UNAUTHORIZED.action':
    'サイトの担当者が修正するまで、再試行しても解決しません。サイトのサポートにお知らせください。',
  'error.UPSTREAM_PAYMENT_REQUIRED':
    'このサイトの認証サービスのクレジットが不足しています。お客様の問題ではありません。',
  'error.UPSTREAM_PAYMENT_REQUIRED.action':
    'サイトの担当者が修正するまで、再試行しても解決しません。サイトのサポートにお知らせください。',
  'error.UPSTREAM_FORBIDDEN':
    'このサイトの認証サービスへのアクセスが拒否されました。お客様の問題ではありません。',
  'error.UPSTREAM_FORBIDDEN.action':
    'サイトの担当者が修正するまで、再試行しても解決しません。サイトのサポートにお知らせください。',
  'error.INVALID_OPTIONS': '確認が正しく設定されていません。',
  'error.INVALID_OPTIONS.action': 'サポートにお問い合わせください。',
  'error.MODEL_LOAD_FAILED': '顔検出機能を読み込めませんでした。',
  'error.MODEL_LOAD_FAILED.action': 'インターネット接続を確認して、ページを再読み込みしてください。',
  'error.INVALID_IMAGE': '写真を読み取れませんでした。',
  'error.INVALID_IMAGE.action': '新しい写真を撮って、もう一度お試しください。',
  'error.CAMERA_PERMISSION_DENIED': 'カメラへのアクセスがブロックされています。',
  'error.CAMERA_PERMISSION_DENIED.action':
    'ブラウザの設定でカメラへのアクセスを許可してから、もう一度お試しください。',
  'error.CAMERA_NOT_FOUND': 'カメラが見つかりませんでした。',
  'error.CAMERA_NOT_FOUND.action': 'カメラを接続するか、カメラのある端末で続けてください。',
  'error.CAMERA_IN_USE': 'カメラがほかのアプリで使用されています。',
  'error.CAMERA_IN_USE.action':
    'カメラを使用しているほかのアプリやタブを閉じてから、もう一度お試しください。',
  'error.CAMERA_DISCONNECTED': 'カメラの接続が切れました。',
  'error.CAMERA_DISCONNECTED.action': 'カメラを接続し直してから、もう一度お試しください。',
  'error.INSECURE_CONTEXT': 'カメラは安全な（https）ページでのみ使用できます。',
  'error.INSECURE_CONTEXT.action': 'このページを https で開くか、サポートにお問い合わせください。',
  'error.UNKNOWN': '問題が発生しました。',
  'error.UNKNOWN.action': 'もう一度お試しください。繰り返し発生する場合は、サポートにお問い合わせください。',

  'status.APPROVED': '本人確認が完了しました',
  'status.DECLINED': '本人確認ができませんでした',
  'status.IN_REVIEW': '確認内容を審査しています',
  'status.NOT_FINISHED': '確認は完了していません',

  'outcome.verified.title': '本人確認が完了しました',
  'outcome.verified.body': '自撮りは生体検知に合格し、身分証明書の写真と一致しました。',
  'outcome.liveness-failed.title': '自撮りを確認できませんでした',
  'outcome.liveness-failed.body':
    '自撮りが生体検知に合格しなかったため、身分証明書の写真との照合は行っていません。',
  'outcome.no-match.title': '顔が一致しません',
  'outcome.no-match.body':
    '自撮りと身分証明書の写真が同じ人物に見えません。自撮りを撮り直すか、より鮮明な身分証明書の写真を使ってください。',
  'outcome.reference-unusable.title': 'この身分証明書の写真は使用できません',
  'outcome.reference-unusable.body':
    '身分証明書の写真に比較できる顔が見つかりませんでした。顔全体が写った、鮮明で明るい写真を使って、もう一度お試しください。',

  'ui.title': '顔の確認',
  'ui.intro.title': 'ご本人であることを確認するため、自撮りをしてください',
  'ui.intro.body':
    'カメラで顔写真を1枚撮影し、ご本人がその場にいることを確認します。ブラウザからカメラの使用許可を求められます。',
  'ui.start': 'カメラを起動',
  'ui.capture': '撮影する',
  'ui.retake': '撮り直す',
  'ui.retry': 'もう一度試す',
  'ui.retryCamera': 'カメラをもう一度試す',
  'ui.cancel': 'キャンセル',
  'ui.upload': '代わりに写真を選ぶ',
  'ui.upload.description': 'ご本人だけが明るい場所で写った、最近の鮮明な顔写真。',
  'ui.upload.alternative': 'この端末から顔写真を選ぶこともできます。',
  'ui.camera.label': 'カメラ',
  'ui.camera.unnamed': 'カメラ {number}',
  'ui.video.label': 'カメラのプレビュー',
  'ui.progress.starting-camera': 'カメラを起動しています…',
  'ui.progress.loading-model': '顔検出機能を読み込んでいます…',
  'ui.progress.capturing': '写真を確認しています…',
  'ui.progress.uploading': '写真を送信して確認しています…',
  'ui.progress.retrying': '再試行しています（{attempts} 回中 {attempt} 回目）…',
  'ui.progress.waiting': '{seconds, plural, other {# 秒後に再試行します…}}',
  'ui.refused': '写真は撮影されませんでした。{hint}',
  'ui.photo.refused': 'この写真は使用できません。{hint}',
  'ui.result.approved': 'ありがとうございました。次に進めます。',
  'ui.result.review': '審査が完了したらお知らせします。',
  'ui.result.prompts': 'もう一度試す前に：',
  'ui.result.final': 'この確認はここでは再度行えません。お困りの場合はサポートにお問い合わせください。',
  'ui.step': 'ステップ {step}/{steps}：{name}',
  'ui.step.reference': '身分証の写真',
  'ui.step.selfie': 'セルフィー',
  'ui.reference.title': '身分証の写真を追加してください',
  'ui.reference.body':
    '顔写真のある身分証のページを選ぶか撮影してください。顔がはっきり写り、明るく、反射がないものにしてください。',
  'ui.reference.choose': '身分証の写真を選ぶ',
  'ui.reference.photograph': '身分証を撮影する',
  'ui.reference.checking': '身分証の写真を確認しています…',
  'ui.reference.ready': '身分証の写真の準備ができました。',
  'ui.reference.preview': 'あなたの身分証の写真',
  'ui.reference.usedLargest':
    '{count, plural, other {この写真に # 人の顔が見つかりました。いちばん大きい顔を使いました。}}',
  'ui.reference.problem.NO_FACE':
    'この写真に顔が見つかりません。顔写真のあるページを、横向きにせず、顔写真がはっきり見える距離で撮った写真を選んでください。',
  'ui.reference.problem.FACE_TOO_SMALL':
    '顔が小さすぎて比較できません。顔写真が大きく写るよう身分証に近づいて撮影するか、縮小されていない元の写真を選んでください。',
  'ui.reference.problem.TOO_DARK': '写真が暗すぎて顔が見えません。明るい場所で撮り直してください。',
  'ui.reference.problem.TOO_BRIGHT':
    '顔が白飛びしています。多くはカードの反射が原因です。身分証を光から傾けて撮り直してください。',
  'ui.reference.problem.BLURRY':
    '写真がぼやけていて顔を比較できません。スマートフォンを固定し、身分証に近づけすぎず、ピントが合ってから撮り直してください。',
  'ui.reference.problem.UNREADABLE':
    'このファイルを写真として開けません。破損している可能性があります。別のファイルを選んでください。',
  'ui.reference.problem.UNSUPPORTED_TYPE':
    'このファイルは使用できる写真ではありません。JPEG、PNG、WebP、TIFF の画像を選んでください。',
  'ui.retakeReference': '別の身分証の写真を使う',
  'ui.retakeSelfie': 'セルフィーを撮り直す',
  'ui.progress.face-match': 'セルフィーと身分証の写真を比較しています…',
  'ui.modelError.csp':
    'このページのセキュリティ設定により、顔検出機能がブロックされています。お客様の問題ではありません。',
  'ui.modelError.csp.action':
    'サイトの担当者が修正するまで、再読み込みしても解決しません。サイトのサポートにお知らせください。',
  'ui.modelError.not-found': 'このサイトに顔検出機能のファイルがありません。お客様の問題ではありません。',
  'ui.modelError.not-found.action':
    'サイトの担当者が修正するまで、再読み込みしても解決しません。サイトのサポートにお知らせください。',
  'ui.modelError.http': 'このサイトから顔検出機能のファイルを送信できませんでした。',
  'ui.modelError.http.action':
    '少し待ってから、もう一度お試しください。繰り返し起きる場合は、サイトのサポートにお知らせください。',
  'ui.modelError.network': '顔検出機能をダウンロードできませんでした。',
  'ui.modelError.network.action': 'インターネット接続を確認して、もう一度お試しください。',
  'ui.modelError.invalid':
    'このサイトの顔検出機能のファイルが壊れているか、正しくありません。お客様の問題ではありません。',
  'ui.modelError.invalid.action':
    'サイトの担当者が修正するまで、再読み込みしても解決しません。サイトのサポートにお知らせください。',
};
