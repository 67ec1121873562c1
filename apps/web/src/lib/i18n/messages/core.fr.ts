/** French messages of the app, navigation, footer, common words, errors, collectivity kinds. */
export const coreFr = {
  'app.name': 'Pacte du Logiciel Libre — suivi',

  'nav.skip': 'Aller au contenu',
  'nav.label': 'Navigation principale',
  'nav.overview': 'Vue nationale',
  'nav.search': 'Rechercher',
  'nav.elections': 'Élections',
  'language.label': 'Langue',

  'footer.about':
    'Suivi public, action par action, du Pacte du Logiciel Libre signé pour les élections municipales et communautaires de 2026.',
  'footer.licence': 'Logiciel libre sous licence AGPL-3.0-or-later',
  'footer.data':
    'Texte du pacte : April. Référentiel des collectivités : découpage administratif (Etalab). Positions des chefs-lieux : GeoNames (CC BY 4.0).',

  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.notAvailable': 'non renseigné',
  'common.demo': 'Démo (fictif)',
  'common.inhabitants_one': '{count} habitant',
  'common.inhabitants_other': '{count} habitants',

  'error.title': 'Les données n’ont pas pu être chargées.',
  'error.network': 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
  'error.api': 'Réponse du serveur : {message}',
  'error.unexpected': 'Erreur inattendue. Rechargez la page puis réessayez.',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page du site.',

  'downloads.label': 'Télécharger\u00a0:',
  'downloads.linkOf': '{format} — {title}',
  'footer.openData': 'Données ouvertes',
  'notFound.home': 'Revenir à la vue nationale',

  'pact.sectionShort': 'Section {number}',

  'kind.COMMUNE': 'Commune',
  'kind.COMMUNAUTE_DE_COMMUNES': 'Communauté de communes',
  'kind.COMMUNAUTE_D_AGGLOMERATION': 'Communauté d’agglomération',
  'kind.COMMUNAUTE_URBAINE': 'Communauté urbaine',
  'kind.METROPOLE': 'Métropole',
  'kind.SYNDICAT': 'Syndicat',
  'kind.DEPARTEMENT': 'Département',
  'kind.REGION': 'Région',

  'home.title': 'Où en est le Pacte du Logiciel Libre ?',
  'home.lead':
    'Des listes candidates aux municipales de 2026 ont signé le Pacte du Logiciel Libre, d’autres non. Une collectivité est engagée quand une liste signataire y a remporté la majorité ou que son conseil a adopté le pacte : suivez, action par action, ce qu’elle en fait.',

  'apiError.INVALID_CREDENTIALS': 'Adresse électronique ou mot de passe incorrect.',
  'apiError.EMAIL_TAKEN': 'Un compte utilise déjà cette adresse électronique. Connectez-vous plutôt.',
  'apiError.RATE_LIMITED': 'Trop de tentatives. Patientez un instant (une minute au plus) puis réessayez.',
  'apiError.EVIDENCE_FILE_UNSAFE':
    'Fichier refusé : son contenu n’est pas sûr (page web cachée, archive dans un autre fichier, ou document OpenDocument anormal).',
  'apiError.EXPORT_UNKNOWN_DATASET':
    'Ce jeu de données n’existe pas. La liste des jeux de données est sur la page « Données ouvertes ».',
  'apiError.EXPORT_UNKNOWN_FORMAT': 'Ce format n’est pas proposé pour ce jeu de données (CSV, ODS, JSON ou GeoJSON).',
  'apiError.EXPORT_UNKNOWN_FILTER': 'Ce filtre ne s’applique pas à ce jeu de données.',
  'apiError.EXPORT_INVALID_FILTER':
    'La valeur d’un filtre n’est pas acceptée (code, date AAAA-MM-JJ ou score de 0 à 100).',
  'apiError.DATABASE_UNAVAILABLE': 'Le service est momentanément indisponible. Réessayez dans quelques secondes.',
  'apiError.CROSS_SITE_REQUEST': 'Demande refusée : elle ne vient pas de ce site. Rechargez la page puis réessayez.',
  'apiError.INVALID_RESET_TOKEN':
    'Ce lien de réinitialisation n’est plus valable : il a déjà servi ou a expiré (il vaut 60 minutes). Demandez-en un nouveau.',
  'apiError.VALIDATION_FAILED': 'Certaines valeurs ne sont pas acceptées par le serveur. Vérifiez le formulaire.',
  'apiError.UNAUTHENTICATED': 'Votre session a expiré. Reconnectez-vous.',
  'apiError.FORBIDDEN': 'Votre rôle ne permet pas cette modification.',
  'apiError.NOT_FOUND': 'Introuvable, ou votre rôle ne permet pas de modifier cette collectivité.',
  'apiError.UNKNOWN_ACTION': 'Cette action n’existe pas dans l’édition du pacte de l’engagement.',
  'apiError.COMMITMENT_WITHDRAWN':
    'Cet engagement a été retiré : son avancement et ses preuves ne peuvent plus être modifiés.',
  'apiError.EVIDENCE_FILE_TYPE':
    'Type de fichier refusé : envoyez un PDF, un document OpenDocument, un PNG ou un JPEG.',
  'apiError.PDF_REQUIRED': 'Type de fichier refusé : seul un PDF est accepté ici.',
  'apiError.EVIDENCE_FILE_TOO_LARGE': 'Le fichier est trop volumineux.',
  'apiError.EVIDENCE_FILE_MISSING': 'Le fichier est vide.',
  'apiError.EVIDENCE_NOT_LINKED': 'Cette preuve n’est pas liée à cette action.',
  'apiError.ASSESSMENT_EVIDENCE_MISMATCH': 'Ces preuves n’appartiennent pas à cet engagement.',
  'apiError.AUDITOR_REQUIRED': 'Seul·e un·e auditeur·rice connecté·e peut évaluer.',
  'apiError.NETWORK': 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
  'apiError.other': 'Le serveur a refusé la demande (code {code}).',
  'apiError.WRONG_PASSWORD': 'Le mot de passe actuel n’est pas le bon.',
  'apiError.INVALID_EMAIL_CHANGE_TOKEN':
    'Ce lien de confirmation n’est plus valable : il a déjà servi ou a expiré. Demandez-en un nouveau.',
  'apiError.CONFIRMATION_MISMATCH': 'L’adresse tapée n’est pas celle du compte.',
  'apiError.CONFLICT': 'Quelqu’un a modifié cet élément entre-temps. Rechargez la page.',
  'conflict.title':
    'Quelqu’un a modifié cet élément pendant que vous le modifiiez : votre modification n’a pas été enregistrée.',
  'conflict.current': 'Ce qui est enregistré maintenant :',
  'conflict.reapply': 'Réappliquer ma modification',
  'conflict.keep': 'Garder la version actuelle',
  'apiError.CATALOGUE_ENTRY_NOT_FOUND': 'Ce logiciel n’est plus dans le catalogue. Choisissez-en un autre.',
  'apiError.TNL_LABEL_ALREADY_RECORDED': 'Un label de ce millésime est déjà enregistré pour cette collectivité.',

  // The layout's links and account menu, and the welcome after signing up: shown before any page's own messages load.
  'welcome.title': 'Votre compte est créé',
  'welcome.next':
    'Et maintenant ? Trouvez votre collectivité : suivez-la pour recevoir ses nouveautés, ou demandez-y un rôle (élu·e, DSI, contributeur·rice) pour tenir son suivi à jour.',
  'welcome.search': 'Chercher une collectivité',
  'welcome.account': 'Voir mon compte',
  'auth.signInLink': 'Se connecter',
  'auth.signedInAs': 'Connecté·e : {name}',
  'auth.signOut': 'Se déconnecter',
  'nav.desk': 'Campagne',
  'directory.nav': 'Collectivités engagées',
} as const;
