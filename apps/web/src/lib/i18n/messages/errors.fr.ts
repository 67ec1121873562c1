/** French texts of the API's error codes not covered elsewhere: query limits, server failures, sign-in, roles, records. */
export const errorsFr = {
  'apiError.QUERY_TOO_COMPLEX':
    'Cette demande est trop lourde pour le serveur. Rechargez la page ; si cela se répète, signalez-le.',
  'apiError.QUERY_TOO_DEEP':
    'Cette demande est trop imbriquée pour le serveur. Rechargez la page ; si cela se répète, signalez-le.',
  'apiError.TOO_MANY_ALIASES':
    'Cette demande est trop longue pour le serveur. Rechargez la page ; si cela se répète, signalez-le.',
  'apiError.TOO_MANY_DIRECTIVES':
    'Cette demande est trop longue pour le serveur. Rechargez la page ; si cela se répète, signalez-le.',
  'apiError.TOO_MANY_TOKENS':
    'Cette demande est trop longue pour le serveur. Raccourcissez ce que vous avez saisi puis réessayez.',
  'apiError.BAD_USER_INPUT': 'Cette demande n’est pas acceptée par le serveur. Vérifiez ce que vous avez saisi.',
  'apiError.ALREADY_EXISTS':
    'Cet élément existe déjà (quelqu’un l’a peut-être ajouté en même temps). Rechargez la page.',
  'apiError.INTERNAL_SERVER_ERROR':
    'Le serveur a rencontré une erreur. Réessayez dans un instant ; si cela se répète, signalez-le.',
  'apiError.ACCOUNT_REQUIRED': 'Connectez-vous pour suivre une collectivité.',
  'apiError.OIDC_DISABLED': 'La connexion par un fournisseur d’identité n’est pas proposée sur ce site.',
  'apiError.OIDC_STATE_MISMATCH':
    'Cette connexion n’a pas été commencée depuis ce navigateur. Recommencez la connexion.',
  'apiError.OIDC_SIGN_IN_FAILED': 'La connexion par le fournisseur d’identité a échoué. Recommencez la connexion.',
  'apiError.OIDC_EMAIL_REQUIRED':
    'Le fournisseur d’identité n’a pas donné d’adresse électronique vérifiée ; elle est nécessaire pour créer un compte.',
  'apiError.OIDC_ACCOUNT_CONFLICT': 'Le compte de cette adresse électronique est déjà lié à une autre identité.',
  'apiError.SIGN_IN_LINK_INVALID': 'Ce lien de connexion a déjà servi ou n’existe pas.',
  'apiError.ROLE_ALREADY_REQUESTED': 'Vous avez déjà demandé ou obtenu ce rôle.',
  'apiError.ROLE_NOT_PENDING': 'Cette demande de rôle a déjà été traitée. Rechargez la page.',
  'apiError.COLLECTIVITY_REQUIRED': 'Ce rôle s’exerce dans une collectivité : choisissez-la.',
  'apiError.COLLECTIVITY_MEMBER_REQUIRED':
    'Seul·e un·e élu·e ou le ou la responsable informatique de la collectivité, connecté·e, peut répondre.',
  'apiError.UNKNOWN_EDITION': 'Cette édition du pacte n’existe pas.',
  'apiError.AMBIGUOUS_CODE': 'Ce code désigne plusieurs collectivités : précisez laquelle.',
  'apiError.COLLECTIVITY_EXISTS': 'Cette collectivité existe déjà.',
  'apiError.MAJORITY_TAKEN': 'Une autre liste détient déjà la majorité dans cette commune.',
  'apiError.LIST_ONLY_IN_COMMUNE':
    'Une liste candidate se présente dans une commune ; une intercommunalité s’engage par une délibération de son conseil.',
  'apiError.LIST_ALREADY_MATCHED': 'Cette liste correspond déjà à une autre liste des résultats du ministère.',
  'apiError.EVIDENCE_COMMITMENT_MISMATCH':
    'Une preuve n’appuie que les actions de l’engagement auquel elle appartient.',
  'apiError.UNKNOWN_TNL_CRITERION': 'Ce critère n’existe pas dans le label Territoire Numérique Libre.',
  'apiError.UNKNOWN_IMPORT_KIND': 'Ce type d’import n’existe pas.',
} as const;
