// The string table (English, French) and the per-language number formatting. French strings are written with
// plain spaces before : ; ! ? and inside « »; Table() turns those into narrow no-break spaces (U+202F) once.
#include "app/i18n.h"

#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <set>
#include <unordered_map>

namespace mm::app {

namespace {

struct Raw {
    const char* key;
    const char* en;
    const char* fr;
};

// clang-format off
const Raw kStrings[] = {
    // --- views and menus
    {"view.panorama", "1. Panorama", "1. Panorama"},
    {"view.criteria", "2. Criteria", "2. Critères"},
    {"view.workload", "3. Workload & compare", "3. Charge et comparaison"},
    {"view.decision", "4. Decision", "4. Décision"},
    // --- accessibility: the text view (DOM mirror / desktop window) and the keyboard shortcuts
    {"a11y.title", "ModelMatrix: the decision as text", "ModelMatrix : la décision en texte"},
    {"a11y.open_view", "Open view: %s.", "Vue ouverte : %s."},
    {"a11y.decision", "Decision", "Décision"},
    {"a11y.winner", "Top choice: %s, score %s, %s models ranked.", "Premier choix : %s, score %s, %s modèles classés."},
    {"a11y.ranking_caption", "Ranking of the %s models that meet your constraints, best first", "Classement des %s modèles qui respectent vos contraintes, du meilleur au moins bon"},
    {"a11y.col_rank", "Rank", "Rang"},
    {"a11y.col_top", "Largest contributions", "Plus forts apports"},
    {"a11y.more_rows", "%s more ranked models are not listed here: the Markdown report (File menu) lists them all.", "%s autres modèles classés ne sont pas listés ici : le rapport Markdown (menu Fichier) les donne tous."},
    {"a11y.more_eliminated", "%s more eliminated models are not listed here.", "%s autres modèles éliminés ne sont pas listés ici."},
    {"a11y.weight_line", "%s: %s (%s)", "%s : %s (%s)"},
    {"a11y.weights_caption", "Criteria and their weights", "Les critères et leurs poids"},
    {"a11y.col_direction", "Direction", "Sens"},
    {"a11y.constant", "same for every model, left out", "identique pour tous, non compté"},
    {"a11y.workload_line", "%s requests per day, %s input and %s output tokens per request.", "%s requêtes par jour, %s jetons en entrée et %s en sortie par requête."},
    {"a11y.no_eliminated", "No model is eliminated.", "Aucun modèle n'est éliminé."},
    {"a11y.menu_text_view", "Text view", "Vue texte"},
    {"a11y.menu_shortcuts", "Keyboard shortcuts", "Raccourcis clavier"},
    {"a11y.show_text_view", "Show the text view", "Afficher la vue texte"},
    {"a11y.hide_text_view", "Hide the text view", "Masquer la vue texte"},
    {"a11y.shortcuts_intro", "Every control is reachable with the keyboard: Tab and the arrow keys move, Space or Enter activates, Escape closes a menu or a dialog.", "Tout se fait au clavier : Tab et les flèches déplacent, Espace ou Entrée active, Échap ferme un menu ou une fenêtre."},
    {"a11y.key_alt1", "Alt+1", "Alt+1"},
    {"a11y.key_alt2", "Alt+2", "Alt+2"},
    {"a11y.key_alt3", "Alt+3", "Alt+3"},
    {"a11y.key_alt4", "Alt+4", "Alt+4"},
    {"a11y.key_altt", "Alt+T", "Alt+T"},
    {"a11y.key_tab", "Tab / Shift+Tab", "Tab / Maj+Tab"},
    {"a11y.key_arrows", "Arrow keys", "Flèches"},
    {"a11y.key_space", "Space / Enter", "Espace / Entrée"},
    {"a11y.key_escape", "Escape", "Échap"},
    {"a11y.key_alt", "Alt", "Alt"},
    {"a11y.do_open", "Open %s", "Ouvrir %s"},
    {"a11y.do_text_view", "Show or hide the text view of the decision (in a web page the focus moves into it, and Tab then leaves the app)", "Afficher ou masquer la vue texte de la décision (dans une page web, le focus y passe, puis Tab sort de l'application)"},
    {"a11y.do_tab", "Next / previous control", "Contrôle suivant / précédent"},
    {"a11y.do_arrows", "Move between controls; on a focused slider (after Space), change its value", "Passer d'un contrôle à l'autre ; sur un curseur activé (Espace), changer sa valeur"},
    {"a11y.do_space", "Activate; on a slider, Enter types a value", "Activer ; sur un curseur, Entrée permet de saisir une valeur"},
    {"a11y.do_escape", "Close a menu, a list or a dialog", "Fermer un menu, une liste ou une fenêtre"},
    {"a11y.do_alt", "Go to the menu bar (press and release)", "Aller à la barre de menus (appuyer puis relâcher)"},
    {"a11y.do_undo", "Undo / redo", "Annuler / rétablir"},
    {"a11y.col_keys", "Keys", "Touches"},
    {"a11y.col_action", "Action", "Action"},
    {"menu.all", "Menu", "Menu"},
    {"readonly.notice", "Read-only preview: Criteria and Workload are locked here —", "Aperçu en lecture seule : critères et charge verrouillés ici —"},
    {"readonly.open_full", "open the full app", "ouvrir l'application complète"},
    {"card.close", "× Close the card", "× Fermer la fiche"},
    {"menu.presets", "Presets", "Préréglages"},
    {"menu.file", "File", "Fichier"},
    {"menu.edit", "Edit", "Édition"},
    {"menu.display", "Display", "Affichage"},
    {"presets.builtin", "Course use cases", "Cas d'usage du cours"},
    {"presets.mine", "My presets", "Mes préréglages"},
    {"presets.none", "(none yet)", "(aucun pour l'instant)"},
    {"presets.name_hint", "name of this preset", "nom de ce préréglage"},
    {"presets.save", "Save current", "Enregistrer l'actuel"},
    {"presets.saved", "Preset \"%s\" saved", "Préréglage « %s » enregistré"},
    {"presets.applied", "Preset applied: %s (Ctrl+Z to undo)", "Préréglage appliqué : %s (Ctrl+Z pour annuler)"},
    {"presets.delete_confirm", "Delete the preset \"%s\"? This cannot be undone.", "Supprimer le préréglage « %s » ? C'est définitif."},
    {"presets.replace_confirm", "A preset named \"%s\" exists. Replace it with the current decision?", "Un préréglage « %s » existe déjà. Le remplacer par la décision actuelle ?"},
    {"file.share", "Copy a share link", "Copier un lien de partage"},
    {"file.share_help", "The whole decision travels in the link after '#': your browser never sends it to a server.", "Toute la décision voyage dans le lien après « # » : votre navigateur ne l'envoie jamais à un serveur."},
    {"file.export_md", "Export the report (Markdown)", "Exporter le rapport (Markdown)"},
    {"file.export_csv", "Export the ranking (CSV)", "Exporter le classement (CSV)"},
    {"file.export_json", "Export the decision (JSON)", "Exporter la décision (JSON)"},
    {"file.import_profile", "Import a decision profile…", "Importer un profil de décision…"},
    {"file.import_overlay", "Import private models or prices…", "Importer des modèles ou prix privés…"},
    {"file.import_overlay_help", "Your own models, negotiated prices or internal scores (JSON or CSV). They stay on this machine.", "Vos propres modèles, prix négociés ou scores internes (JSON ou CSV). Ils restent sur cette machine."},
    {"file.reset", "Reset everything…", "Tout réinitialiser…"},
    {"file.reset_confirm", "Forget the current decision, your presets and preferences, and start again from the defaults?", "Oublier la décision actuelle, vos préréglages et vos préférences, et repartir des réglages par défaut ?"},
    {"edit.undo", "Undo", "Annuler"},
    {"edit.redo", "Redo", "Rétablir"},
    {"display.theme", "Theme", "Thème"},
    {"display.language", "Language", "Langue"},
    {"display.currency", "Currency", "Monnaie"},
    {"currency.usd", "US dollars ($)", "Dollars US ($US)"},
    {"currency.eur", "Euros (€)", "Euros (€)"},
    {"currency.rate", "USD for 1 EUR", "USD pour 1 EUR"},
    {"currency.rate_help", "Prices stay in US dollars in the catalog and profiles; euros are shown and typed at this rate. Default %s: ECB reference rate, reported %s.", "Les prix restent en dollars US dans le catalogue et les profils ; les euros sont affichés et saisis à ce taux. Par défaut %s : taux de référence BCE, relevé le %s."},
    {"display.lang_fr", "FR", "FR"},
    {"display.lang_en", "EN", "EN"},
    {"theme.system", "Follow the system", "Suivre le système"},
    {"theme.dark", "Dark", "Sombre"},
    {"theme.light", "Light", "Clair"},
    {"confirm.title", "Please confirm", "Confirmation"},
    {"confirm.yes", "Yes", "Oui"},
    {"confirm.no", "Cancel", "Annuler"},
    {"status.preset", "Starting point:", "Point de départ :"},
    {"status.summary", "%s models ranked, %s eliminated, top choice: %s", "%s modèles classés, %s éliminés, premier choix : %s"},
    {"status.no_ranking", "No ranking: see the Decision view", "Pas de classement : voir la vue Décision"},
    {"common.yes", "yes", "oui"},
    {"common.no", "no", "non"},

    // --- figures and provenance
    {"figure.source", "Source:", "Source :"},
    {"figure.publisher", "Published by:", "Publié par :"},
    {"figure.no_source", "No source recorded", "Aucune source indiquée"},
    {"figure.as_of", "As of:", "Date :"},
    {"figure.basis", "Basis:", "Nature :"},
    {"figure.old", "More than a year older than the catalog: check for a newer figure.", "Plus d'un an avant la date du catalogue : vérifiez s'il existe un chiffre plus récent."},
    {"figure.unknown", "unknown", "inconnu"},
    {"figure.undisclosed", "not disclosed", "non publié"},
    {"basis.vendor", "stated by the maker", "annoncé par l'éditeur"},
    {"basis.third_party", "measured by a third party", "mesuré par un tiers"},
    {"basis.estimate", "estimate", "estimation"},
    {"basis.unknown", "not stated", "non précisée"},

    // --- course tags, licences, sizes, status
    {"tag.proprietary", "proprietary", "propriétaire"},
    {"tag.open_source", "open source", "open source"},
    {"tag.specialised", "specialised", "spécialisé"},
    {"licence.permissive", "permissive", "permissive"},
    {"licence.open_restricted", "open, with limits", "ouverte, avec limites"},
    {"licence.proprietary", "proprietary", "propriétaire"},
    {"size.small", "small (≤ 15 B)", "petit (≤ 15 Md)"},
    {"size.medium", "medium (15–80 B)", "moyen (15–80 Md)"},
    {"size.large", "large (> 80 B)", "grand (> 80 Md)"},
    {"size.undisclosed", "size not disclosed", "taille non publiée"},
    {"status.legacy", "Older generation: superseded, still available", "Ancienne génération : remplacé, encore disponible"},
    {"status.deprecated", "Deprecated by its maker", "Obsolète selon son éditeur"},
    {"status.retired", "Retired: no longer served by its maker", "Retiré : plus proposé par son éditeur"},
    {"status.unknown", "Status unknown", "Statut inconnu"},

    // --- panorama
    {"panorama.start_dismiss", "Got it", "Compris"},
    {"panorama.start", "New here? Pick your use case in Presets (e.g. the French support chatbot), adjust the hard constraints and what matters in 2. Criteria, then read the winner and why in 4. Decision.", "Première visite ? Choisissez votre cas d'usage dans Préréglages (par exemple le chatbot de support en français), ajustez les contraintes et ce qui compte dans 2. Critères, puis lisez le gagnant et pourquoi dans 4. Décision."},
    {"panorama.search_hint", "search a model…", "chercher un modèle…"},
    {"filter.all_types", "all types", "tous types"},
    {"filter.all_licences", "all licences", "toutes licences"},
    {"filter.all_sizes", "all sizes", "toutes tailles"},
    {"filter.all_providers", "all providers", "tous éditeurs"},
    {"panorama.current_only", "current only", "actuels seulement"},
    {"panorama.course_table", "The course's overview table", "Tableau récapitulatif du cours"},
    {"panorama.classics_only", "course classics only", "classiques du cours seulement"},
    {"panorama.reset_filters", "Clear filters", "Effacer les filtres"},
    {"panorama.count", "%s of %s models shown, catalog as of %s", "%s modèles affichés sur %s, catalogue au %s"},
    {"panorama.help", "Click a model to open its card. Hover any figure to see its source, date and whether the maker or a third party published it. A dot marks figures more than a year old.", "Cliquez sur un modèle pour ouvrir sa fiche. Survolez un chiffre pour voir sa source, sa date et qui l'a publié (éditeur ou tiers). Un point signale les chiffres de plus d'un an."},
    {"panorama.older", "Older generation: superseded, kept for comparison", "Ancienne génération : remplacé, gardé pour comparaison"},
    {"panorama.legend", "Greyed: older generations.", "En gris : anciennes générations."},
    {"panorama.no_api", "no API price", "pas de prix API"},
    {"col.name", "Model", "Modèle"},
    {"col.provider", "Provider", "Éditeur"},
    {"col.type", "Type", "Type"},
    {"col.licence", "Licence", "Licence"},
    {"col.size", "Size", "Taille"},
    {"col.context", "Context", "Contexte"},
    {"col.price", "$/M in/out", "$/M ent./sort."},
    {"col.price_eur", "€/M in/out", "€/M ent./sort."},
    {"col.cost", "Cost", "Coût"},
    {"col.release", "Released", "Date de sortie"},
    {"card.none", "Select a model in the table to see its card.", "Sélectionnez un modèle dans le tableau pour voir sa fiche."},
    {"card.money_help", "The course's relative cost, 1 to 5 money signs, from the blended API price.", "Le coût relatif du cours, de 1 à 5 symboles, d'après le prix API moyen."},
    {"card.classic", "In the course's overview table", "Dans le tableau récapitulatif du cours"},
    {"card.add_compare", "Add to the comparison", "Ajouter à la comparaison"},
    {"card.remove_compare", "Remove from the comparison", "Retirer de la comparaison"},
    {"card.strengths", "Strengths", "Points forts"},
    {"card.use_cases", "Typical use cases", "Cas d'usage typiques"},
    {"card.figures", "Key figures", "Chiffres clés"},
    {"card.licence", "Licence", "Licence"},
    {"card.commercial_yes", "commercial use allowed", "usage commercial autorisé"},
    {"card.commercial_no", "no commercial use", "pas d'usage commercial"},
    {"card.params", "Parameters", "Paramètres"},
    {"card.active_params", "Active", "Actifs"},
    {"card.context", "Context", "Contexte"},
    {"card.max_output", "Max answer", "Réponse max."},
    {"card.price_in", "Input price", "Prix en entrée"},
    {"card.price_out", "Output price", "Prix en sortie"},
    {"card.price_cached", "Cached input", "Entrée en cache"},
    {"card.speed", "Speed", "Débit"},
    {"card.ttft", "First token", "1er jeton"},
    {"card.release", "Released", "Date de sortie"},
    {"card.deployment", "Deployment", "Déploiement"},
    {"card.api_and_self", "API or self-hosted", "API ou auto-hébergé"},
    {"card.api_only", "API only", "API seulement"},
    {"card.self_only", "self-hosted only", "auto-hébergé seulement"},
    {"card.benchmarks", "Benchmarks", "Benchmarks"},
    {"card.vram", "VRAM to self-host (8k context)", "VRAM pour auto-héberger (contexte 8k)"},
    {"card.quant", "Quantisation", "Quantification"},
    {"card.vram_need", "VRAM", "VRAM"},
    {"card.download", "Download", "Téléchargement"},
    {"card.vram_arch", "Estimated from the architecture (weights + KV cache + runtime).", "Estimée d'après l'architecture (poids + cache KV + environnement d'exécution)."},
    {"card.vram_params", "Estimated from the parameter count only (KV cache approximated).", "Estimée d'après le seul nombre de paramètres (cache KV approché)."},
    // --- model card: self-host on… (selfhost_panel.cpp)
    {"selfhost.title", "Self-host on…", "Auto-héberger sur…"},
    {"selfhost.impossible", "Self-hosting is impossible: the weights of this model are not published (API only).", "Auto-hébergement impossible : les poids de ce modèle ne sont pas publiés (API seulement)."},
    {"selfhost.no_data", "The self-hosting data is not loaded yet.", "Les données d'auto-hébergement ne sont pas encore chargées."},
    {"selfhost.no_model_data", "No self-hosting data for this model (sizes, architecture).", "Pas de données d'auto-hébergement pour ce modèle (tailles, architecture)."},
    {"selfhost.device", "Device", "Matériel"},
    {"selfhost.quant", "Quantisation", "Quantification"},
    {"selfhost.context", "Context (input)", "Contexte (entrée)"},
    {"selfhost.kv_quant", "KV precision", "Précision du cache KV"},
    {"selfhost.batch", "Concurrent sequences", "Séquences simultanées"},
    {"selfhost.auto", " (automatic choice)", " (choix automatique)"},
    {"selfhost.devices_help", "Number of identical devices (tensor or pipeline parallel): their memory adds up.", "Nombre de cartes identiques (parallélisme tenseur ou pipeline) : leurs mémoires s'additionnent."},
    {"selfhost.quant_help", "GGUF quantisations run on a llama.cpp-like runtime; f16, bf16, fp8 and AWQ on a vLLM-like server. Default: the profile's quantisation.", "Les quantifications GGUF tournent sur un moteur de type llama.cpp ; f16, bf16, fp8 et AWQ sur un serveur de type vLLM. Par défaut : celle du profil."},
    {"selfhost.context_help", "Tokens of context held in the KV cache per sequence. Default: the profile's KV context.", "Jetons de contexte gardés dans le cache KV par séquence. Par défaut : le contexte KV du profil."},
    {"selfhost.batch_help", "Sequences served at the same time: each one holds its own KV cache.", "Séquences servies en même temps : chacune garde son propre cache KV."},
    {"selfhost.no_config", "Configuration not published (or not found): the KV cache is a rough estimate from the parameter count, and the speed is unknown.", "Configuration non publiée (ou introuvable) : le cache KV est une estimation grossière d'après le nombre de paramètres, et la vitesse est inconnue."},
    {"selfhost.incomplete_config", "Incomplete configuration: the KV cache is a rough estimate from the parameter count.", "Configuration incomplète : le cache KV est une estimation grossière d'après le nombre de paramètres."},
    {"selfhost.no_params", "The parameter count is unknown: no memory estimate.", "Nombre de paramètres inconnu : pas d'estimation de mémoire."},
    {"selfhost.fits", "Fits: %s needed of %s available.", "Tient : %s nécessaires sur %s disponibles."},
    {"selfhost.no_fit", "Does not fit: %s needed, %s available.", "Ne tient pas : %s nécessaires, %s disponibles."},
    {"selfhost.parts", "weights %s · KV cache %s · runtime %s", "poids %s · cache KV %s · environnement d'exécution %s"},
    {"selfhost.bar_help", "Weights %s, KV cache %s, runtime overhead %s; the line marks the devices' usable memory (%s).", "Poids %s, cache KV %s, surcoût de l'environnement d'exécution %s ; le trait marque la mémoire utilisable des cartes (%s)."},
    {"selfhost.weights_file", "Weights: the real download size of this quantisation.", "Poids : la taille réelle du téléchargement de cette quantification."},
    {"selfhost.weights_params", "Weights: parameters × %s bits per weight (no download size known).", "Poids : paramètres × %s bits par poids (taille de téléchargement inconnue)."},
    {"selfhost.kv_guessed", "KV cache: guessed from the parameter count (flagged).", "Cache KV : deviné d'après le nombre de paramètres (à vérifier)."},
    {"selfhost.decode", "Generation (1 stream)", "Génération (1 flux)"},
    {"selfhost.prefill", "Prompt reading", "Lecture du prompt"},
    {"selfhost.max_context", "Largest context that fits", "Plus grand contexte qui tient"},
    {"selfhost.energy", "Energy per 1k output tokens", "Énergie pour 1k jetons générés"},
    {"selfhost.decode_help", "Memory bandwidth ÷ bytes read per generated token, with an efficiency calibrated on published llama.cpp measurements (docs/SELFHOST.md).", "Bande passante mémoire ÷ octets lus par jeton généré, avec un rendement calibré sur des mesures llama.cpp publiées (docs/SELFHOST.md)."},
    {"selfhost.energy_help", "Board power × generation time at one stream.", "Puissance de la carte × durée de génération à un flux."},
    {"selfhost.unknown_arch", "Unknown without the model's architecture.", "Inconnue sans l'architecture du modèle."},
    {"selfhost.unknown_bandwidth", "The device's memory bandwidth is not published.", "La bande passante mémoire de ce matériel n'est pas publiée."},
    {"selfhost.unknown_tflops", "The device's FP16 compute is not published.", "La puissance de calcul FP16 de ce matériel n'est pas publiée."},
    {"selfhost.unknown_power", "The device's board power is not published.", "La puissance de ce matériel n'est pas publiée."},
    {"selfhost.weights_alone_too_big", "(the weights alone do not fit)", "(les poids seuls ne tiennent pas)"},
    {"selfhost.kind.consumer_gpu", "Consumer GPUs", "Cartes grand public"},
    {"selfhost.kind.workstation_gpu", "Workstation GPUs", "Cartes pour stations de travail"},
    {"selfhost.kind.datacenter_gpu", "Data-centre GPUs", "Cartes pour centres de données"},
    {"selfhost.kind.amd_gpu", "AMD GPUs", "Cartes AMD"},
    {"selfhost.kind.apple_soc", "Apple chips (unified memory)", "Puces Apple (mémoire unifiée)"},
    {"selfhost.kind.other", "Other devices", "Autres matériels"},
    {"selfhost.dev.memory", "Memory:", "Mémoire :"},
    {"selfhost.dev.bandwidth", "Memory bandwidth:", "Bande passante mémoire :"},
    {"selfhost.dev.tflops", "Dense FP16 compute:", "Calcul FP16 dense :"},
    {"selfhost.dev.power", "Board power:", "Puissance :"},
    {"selfhost.dev.rent", "Typical rental:", "Location typique :"},
    {"selfhost.dev.purchase", "Purchase price:", "Prix d'achat :"},
    {"selfhost.dev.usable", "Share of unified memory the GPU may use:", "Part de la mémoire unifiée utilisable par le GPU :"},
    {"card.privacy", "Provider's privacy promises", "Engagements de confidentialité de l'éditeur"},
    {"privacy.trains", "Trains on API data", "Entraîne sur les données API"},
    {"privacy.retention", "Retention (days)", "Conservation (jours)"},
    {"privacy.zdr", "Zero-retention option", "Option sans conservation"},
    {"privacy.eu", "EU data residency", "Hébergement des données en UE"},
    {"course.title", "The course's overview table", "Tableau récapitulatif du cours"},
    {"course.intro", "Module 8.5 compares five classics. They stay in the catalog, marked as older generations, beside the current models.", "Le module 8.5 compare cinq classiques. Ils restent dans le catalogue, marqués comme anciennes générations, à côté des modèles actuels."},
    {"course.profile", "Profile", "Profil"},
    {"course.note", "The lesson: no jackhammer to hang a picture. The premium generalist is rarely the right choice for a focused task.", "La leçon : pas de marteau-piqueur pour accrocher un tableau. Le généraliste haut de gamme est rarement le bon choix pour une tâche ciblée."},

    // --- criteria view
    {"constraints.title", "Hard constraints", "Contraintes impératives"},
    {"constraints.intro", "A model that fails one of these is eliminated, whatever its scores.", "Un modèle qui en manque une est éliminé, quels que soient ses scores."},
    {"constraints.deployment", "Where the model runs", "Où tourne le modèle"},
    {"constraints.deployment_help", "Self-hosting keeps the data in-house: only models with published weights can do it.", "L'auto-hébergement garde les données en interne : seuls les modèles aux poids publiés le permettent."},
    {"deployment.either", "either", "peu importe"},
    {"deployment.api", "API", "API"},
    {"deployment.self_host", "in-house", "en interne"},
    {"constraints.open_weights", "Published weights required", "Poids publiés exigés"},
    {"constraints.commercial", "Licence must allow commercial use", "Licence autorisant l'usage commercial"},
    {"constraints.vram", "GPU memory budget", "Budget de mémoire GPU"},
    {"constraints.vram_help", "The VRAM a self-hosted model needs at your quantisation, context and batch. Models reached through an API are not concerned.", "La VRAM qu'il faut au modèle auto-hébergé selon votre quantification, votre contexte et votre batch. Les modèles utilisés par API ne sont pas concernés."},
    {"constraints.quant", "quantisation", "quantification"},
    {"constraints.kv_context", "context kept in memory", "contexte gardé en mémoire"},
    {"constraints.batch", "simultaneous requests", "requêtes simultanées"},
    {"constraints.min_context", "Minimum context", "Contexte minimal"},
    {"constraints.max_cost", "Maximum monthly cost", "Coût mensuel maximal"},
    {"constraints.max_latency", "Maximum latency", "Latence maximale"},
    {"constraints.languages", "Languages required", "Langues exigées"},
    {"constraints.languages_help", "The model's maker documents the language (or better). Evidence level 2 of 3.", "L'éditeur du modèle documente la langue (ou mieux). Niveau de preuve 2 sur 3."},
    {"constraints.inputs", "Inputs required", "Entrées exigées"},
    {"constraints.tools", "Tool calling", "Appel d'outils"},
    {"constraints.structured", "Structured output (JSON)", "Sortie structurée (JSON)"},
    {"constraints.include_older", "Keep older-generation models", "Garder les modèles d'ancienne génération"},
    {"constraints.excluded", "Excluded providers", "Éditeurs exclus"},
    {"constraints.none", "none", "aucun"},
    {"constraints.summary", "%s models meet every constraint, %s are eliminated.", "%s modèles respectent toutes les contraintes, %s sont éliminés."},
    {"debug.imgui_demo", "Dear ImGui Demo", "Démo de Dear ImGui"},  // debug builds only
    {"debug.imgui_metrics", "Dear ImGui Metrics", "Métriques de Dear ImGui"},
    {"lang.name_en", "English", "English"},  // each language by its own name, in both interfaces
    {"lang.name_fr", "Français", "Français"},
    {"shortcut.undo", "Ctrl+Z", "Ctrl+Z"},
    {"shortcut.redo", "Ctrl+Shift+Z", "Ctrl+Maj+Z"},
    {"lang.fr", "French", "français"},
    {"lang.en", "English", "anglais"},
    {"lang.de", "German", "allemand"},
    {"lang.es", "Spanish", "espagnol"},
    {"lang.it", "Italian", "italien"},
    {"modality.image", "images", "images"},
    {"modality.audio", "audio", "audio"},
    {"modality.pdf", "PDF", "PDF"},
    {"quant.q4", "4-bit (Q4)", "4 bits (Q4)"},
    {"quant.q8", "8-bit (Q8)", "8 bits (Q8)"},
    {"quant.fp16", "16-bit (FP16)", "16 bits (FP16)"},
    {"weights.title", "What matters, and how much", "Ce qui compte, et combien"},
    {"weights.how", "Set the weights:", "Régler les poids :"},
    {"weights.mode_sliders", "Percentages", "Pourcentages"},
    {"weights.mode_rank", "Rank", "Classement"},
    {"weights.mode_swing", "Swing", "Swing"},
    {"weights.mode_ahp", "Pairwise (AHP)", "Par paires (AHP)"},
    {"weights.mode_data", "From the data", "D'après les données"},
    {"weights.rank_intro", "Drag the criteria (or use the arrows) to put the most important first. Weights follow the rank-order centroid rule.", "Faites glisser les critères (ou utilisez les flèches) pour mettre le plus important en premier. Les poids suivent la règle du centroïde des rangs."},
    {"weights.swing_intro", "Imagine each criterion going from its worst to its best value among the models. Give 100 points to the swing you value most, and points to the others relative to it.", "Imaginez chaque critère passant de sa pire à sa meilleure valeur parmi les modèles. Donnez 100 points à l'écart qui compte le plus, et aux autres des points relatifs à celui-ci."},
    {"weights.points_fmt", "%.0f points", "%.0f points"},
    {"weights.share_fmt", "%.0f%%", "%.0f %%"},
    {"weights.share_fmt_decimal", "%.2f%%", "%.2f %%"},
    {"weights.share_help", "Share of the total weight. Drag it, or double-click to type a value; keyboard: Tab, Space, arrows. The others follow in proportion.", "Part du poids total. Faites glisser, ou double-cliquez pour saisir une valeur ; au clavier : Tab, Espace, flèches. Les autres suivent en proportion."},
    {"weights.pending", "The current weights, shown in this editor's terms. The decision changes only when you edit here.", "Les poids actuels, exprimés dans cet éditeur. La décision ne change que lorsque vous modifiez quelque chose ici."},
    {"weights.apply_data", "Use these weights", "Utiliser ces poids"},
    {"weights.ahp_intro", "For each pair, move the slider towards the criterion that matters more (1 = equal, 9 = extremely more important).", "Pour chaque paire, déplacez le curseur vers le critère qui compte le plus (1 = égal, 9 = extrêmement plus important)."},
    {"weights.ahp_equal", "equal", "égal"},
    {"weights.ahp_left", "← %d×", "← %d×"},
    {"weights.ahp_right", "%d× →", "%d× →"},
    {"weights.cr_ok", "Consistency ratio %s: your judgements hold together.", "Ratio de cohérence %s : vos jugements sont cohérents."},
    {"weights.cr_bad", "Consistency ratio %s: above 0.10, some judgements contradict each other.", "Ratio de cohérence %s : au-dessus de 0,10, certains jugements se contredisent."},
    {"weights.cr_help", "Saaty's rule of thumb: below 0.10 the comparisons are consistent enough to trust the weights.", "Règle empirique de Saaty : en dessous de 0,10, les comparaisons sont assez cohérentes pour se fier aux poids."},
    {"weights.most_inconsistent", "Revisit %s vs %s: you said %s, your other answers imply %s.", "Revoyez %s face à %s : vous avez dit %s, vos autres réponses impliquent %s."},
    {"weights.data_intro", "The weights come from how much each criterion varies among the remaining models: no opinion needed, but no preference either.", "Les poids viennent de la variation de chaque critère entre les modèles restants : aucune opinion requise, mais aucune préférence non plus."},
    {"weights.entropy", "Entropy", "Entropie"},
    {"weights.critic", "CRITIC", "CRITIC"},
    {"weights.std", "Standard deviation", "Écart type"},
    {"weights.merec", "MEREC", "MEREC"},
    {"criteria.add", "Add a criterion…", "Ajouter un critère…"},
    {"criteria.remove", "Remove this criterion", "Retirer ce critère"},
    {"criteria.empty", "Add at least one criterion to rank the models.", "Ajoutez au moins un critère pour classer les modèles."},
    {"criteria.what", "What each criterion measures (hover):", "Ce que mesure chaque critère (survol) :"},
    {"direction.benefit", "higher is better", "plus haut = mieux"},
    {"direction.cost", "lower is better", "plus bas = mieux"},
    {"method.title", "How the scores are combined", "Comment les scores sont combinés"},
    {"method.wsm", "Weighted sum", "Somme pondérée"},
    {"method.wsm.help", "Each criterion scaled to 0–1, times its weight, added up. Simple and easy to explain: the default.", "Chaque critère ramené entre 0 et 1, multiplié par son poids, puis additionné. Simple et facile à expliquer : le choix par défaut."},
    {"method.wpm", "Weighted product", "Produit pondéré"},
    {"method.wpm.help", "Multiplies the values raised to their weights: a very weak criterion drags the whole score down.", "Multiplie les valeurs élevées à la puissance de leur poids : un critère très faible fait chuter tout le score."},
    {"method.waspas", "WASPAS", "WASPAS"},
    {"method.waspas.help", "Half weighted sum, half weighted product: a compromise between the two.", "Moitié somme pondérée, moitié produit pondéré : un compromis entre les deux."},
    {"method.topsis", "TOPSIS", "TOPSIS"},
    {"method.topsis.help", "Prefers the model closest to an ideal one and farthest from the worst one.", "Préfère le modèle le plus proche d'un modèle idéal et le plus éloigné du pire."},
    {"method.vikor", "VIKOR", "VIKOR"},
    {"method.vikor.help", "Looks for a compromise: good on average without being bad on any single criterion.", "Cherche un compromis : bon en moyenne sans être mauvais sur un seul critère."},
    {"method.promethee2", "PROMETHEE II", "PROMETHEE II"},
    {"method.promethee2.help", "Compares the models two by two on every criterion and counts how often each one wins.", "Compare les modèles deux à deux sur chaque critère et compte combien de fois chacun l'emporte."},
    {"method.copras", "COPRAS", "COPRAS"},
    {"method.copras.help", "Weighs the benefits against the costs in proportion to their totals.", "Met en balance les bénéfices et les coûts proportionnellement à leurs totaux."},
    {"method.moora", "MOORA", "MOORA"},
    {"method.moora.help", "Benefits minus costs, each scaled by its length across the models.", "Bénéfices moins coûts, chacun ramené à sa norme sur l'ensemble des modèles."},
    {"scale.label", "Scale:", "Échelle :"},
    {"scale.reference", "Whole catalog (fixed)", "Tout le catalogue (fixe)"},
    {"scale.relative", "Models that pass (relative)", "Modèles retenus (relative)"},
    {"scale.help", "Whole catalog: each criterion runs from 0 to 1 between bounds taken from every catalog model, so adding or removing a model never swaps two others. Relative: the method's own scaling over the models that pass.", "Tout le catalogue : chaque critère va de 0 à 1 entre des bornes tirées de tous les modèles, si bien qu'ajouter ou retirer un modèle n'inverse jamais deux autres. Relative : l'échelle propre à la méthode sur les modèles retenus."},
    {"missing.label", "If a value is unknown", "Si une valeur est inconnue"},
    {"missing.exclude", "eliminate the model", "éliminer le modèle"},
    {"missing.worst", "count it as the worst", "la compter comme la pire"},
    {"missing.median", "use the median", "prendre la médiane"},
    {"missing.help", "Catalogs have gaps (e.g. parameter counts are often secret). Choose how a missing figure is treated.", "Les catalogues ont des trous (le nombre de paramètres est souvent secret, par exemple). Choisissez comment traiter un chiffre manquant."},

    // --- workload view
    {"workload.title", "Your workload", "Votre charge de travail"},
    {"workload.requests", "requests per day", "requêtes par jour"},
    {"workload.input_tokens", "tokens read per request", "jetons lus par requête"},
    {"workload.tokens_help", "A token is about 3/4 of an English word, a little less in French. Count the prompt, the instructions and any documents sent.", "Un jeton vaut environ 3/4 de mot anglais, un peu moins en français. Comptez la question, les instructions et les documents envoyés."},
    {"workload.output_tokens", "tokens written per request", "jetons écrits par requête"},
    {"workload.cached", "cached input", "entrée en cache"},
    {"workload.cached_help", "Share of the input repeated from one request to the next (instructions, documents) that providers bill at a lower cached price.", "Part de l'entrée répétée d'une requête à l'autre (instructions, documents) que les fournisseurs facturent moins cher en cache."},
    {"workload.selfhost", "Self-hosting (for the in-house cost)", "Auto-hébergement (pour le coût en interne)"},
    {"workload.team", "From team size…", "D'après l'équipe…"},
    {"workload.team_hide", "Hide", "Masquer"},
    {"workload.team_people", "people", "personnes"},
    {"workload.team_per_person", "requests per person per day", "requêtes par personne et par jour"},
    {"workload.team_result", "= %s requests per day", "= %s requêtes par jour"},
    {"workload.hours", "busy hours per day", "heures chargées par jour"},
    {"workload.gpu_price", "rent per device hour ($)", "location par heure d'appareil ($)"},
    {"workload.gpu_price_eur", "rent per device hour (€)", "location par heure d'appareil (€)"},
    {"workload.gpu_price_help", "What one device costs you per hour of rental. 0 = the device's published typical rent (with a custom GPU: unknown).", "Ce que vous coûte un appareil par heure de location. 0 = le loyer typique publié pour l'appareil (GPU personnalisé : inconnu)."},
    {"workload.device", "device", "appareil"},
    {"workload.device_help", "The GPU (or Apple chip) the model runs on, with its published memory, bandwidth, power, rent and price. The tool computes how many are needed for your traffic.", "Le GPU (ou la puce Apple) sur lequel tourne le modèle, avec sa mémoire, sa bande passante, sa consommation, son loyer et son prix publiés. L'outil calcule combien il en faut pour votre trafic."},
    {"workload.device_item", "%s (%s GB)", "%s (%s Go)"},
    {"workload.custom_gpu", "Custom GPU (memory and price only)", "GPU personnalisé (mémoire et prix seulement)"},
    {"workload.hours_help", "Hours a day when requests arrive: the devices run, and are paid, during them.", "Heures par jour où arrivent les requêtes : les appareils tournent, et sont payés, pendant ces heures."},
    {"workload.peak", "busiest hour", "heure la plus chargée"},
    {"workload.peak_help", "Share of the day's requests that arrive in the busiest hour: the devices are sized for it. 0 = spread evenly over the busy hours.", "Part des requêtes du jour qui arrivent pendant l'heure la plus chargée : les appareils sont dimensionnés pour elle. 0 = réparties également sur les heures chargées."},
    {"workload.rent", "rent", "location"},
    {"workload.purchase", "purchase", "achat"},
    {"workload.amortisation", "amortised over (months)", "amorti sur (mois)"},
    {"workload.kwh_price", "electricity per kWh ($)", "électricité par kWh ($)"},
    {"workload.kwh_price_eur", "electricity per kWh (€)", "électricité par kWh (€)"},
    {"workload.kwh_price_help", "Your electricity price, for the energy the devices draw while they work.", "Votre prix de l'électricité, pour l'énergie que consomment les appareils quand ils travaillent."},
    {"workload.capacity_tip", "%d device(s): %d replica(s) of %d, each running %d request(s) at once at the peak; one replica serves up to %s requests per hour (busy %s %% of the peak hour).", "%d appareil(s) : %d réplique(s) de %d, chacune traitant %d requête(s) à la fois au pic ; une réplique sert jusqu'à %s requêtes par heure (occupée %s %% de l'heure de pointe)."},
    {"workload.energy_tip", "Energy: %s Wh per request (board power × busy time).", "Énergie : %s Wh par requête (puissance de la carte × temps occupé)."},
    {"workload.gpu_vram", "VRAM per GPU (GB)", "VRAM par GPU (Go)"},
    {"workload.grid", "grid intensity (gCO2e/kWh)", "intensité du réseau (gCO2e/kWh)"},
    {"workload.grid_help", "For CO2 when self-hosting. Default: France, 44 (EcoLogits). APIs use their host's grid.", "Pour le CO2 en auto-hébergement. Par défaut : France, 44 (EcoLogits). Les API utilisent le réseau de l'hébergeur."},
    {"workload.col_energy", "Wh / gCO2e", "Wh / gCO2e"},
    {"workload.energy_api_tip", "EcoLogits: %d H100 GPU(s), %s output tokens; grid %s, %s gCO2e/kWh.", "EcoLogits : %d GPU H100, %s jetons de sortie ; réseau %s, %s gCO2e/kWh."},
    {"workload.energy_self_tip", "Board power x busy time; your grid: %s gCO2e/kWh.", "Puissance × temps occupé ; votre réseau : %s gCO2e/kWh."},
    {"workload.energy_unknown", "Unknown: size not published.", "Inconnue : taille non publiée."},
    {"workload.lesson", "The course's lesson: costs differ up to 100 times between models for the same workload, and small models answer in 0.1 s where big ones take 2 s. Self-hosting is paid per device, whatever the traffic: above the break-even traffic it is cheaper than an API, and a model that needs fewer or cheaper devices costs less.", "La leçon du cours : pour la même charge, les coûts varient jusqu'à 100 fois d'un modèle à l'autre, et un petit modèle répond en 0,1 s là où un gros en met 2. L'auto-hébergement se paie par appareil, quel que soit le trafic : au-delà du trafic du point mort, il revient moins cher qu'une API, et un modèle qui demande moins d'appareils, ou de moins chers, coûte moins."},
    {"workload.costs", "What it costs per month, for this workload", "Ce que cela coûte par mois, pour cette charge"},
    {"workload.costs_intro", "Models that meet the constraints, in ranking order. The cost the ranking uses is highlighted.", "Modèles qui respectent les contraintes, dans l'ordre du classement. Le coût retenu par le classement est mis en évidence."},
    {"workload.col_api", "API / month", "API / mois"},
    {"workload.col_self", "In-house / month", "En interne / mois"},
    {"workload.gpus_tip", "%d GPU(s) of your size to hold the model", "%d GPU de votre taille pour charger le modèle"},
    {"workload.col_breakeven", "Break-even", "Point mort"},
    {"workload.breakeven_help", "Requests per day at which self-hosting costs the same as the API.", "Requêtes par jour à partir desquelles l'auto-hébergement coûte autant que l'API."},
    {"workload.col_latency", "Latency", "Latence"},
    {"workload.col_compare", "Compare", "Comparer"},
    {"workload.per_day", "%s/day", "%s/jour"},
    {"workload.breakeven_self", "Your traffic is above the break-even: self-hosting is cheaper than the API.", "Votre trafic dépasse le point mort : l'auto-hébergement coûte moins cher que l'API."},
    {"workload.breakeven_api", "Your traffic is below the break-even: the API is cheaper than self-hosting.", "Votre trafic est sous le point mort : l'API coûte moins cher que l'auto-hébergement."},
    {"compare.title", "Side by side (2 to 4 models)", "Côte à côte (2 à 4 modèles)"},
    {"compare.top3", "The top three", "Les trois premiers"},
    {"compare.add", "Add a model…", "Ajouter un modèle…"},
    {"compare.clear", "Clear", "Vider"},
    {"compare.full", "The comparison is full (4 models): remove one to add another.", "La comparaison est pleine (4 modèles) : retirez-en un pour en ajouter un autre."},
    {"compare.full_notice", "The comparison is full (4 models): remove one before adding %s.", "La comparaison est pleine (4 modèles) : retirez-en un avant d'ajouter %s."},
    {"compare.full_label", "Full (%d models)", "Pleine (%d modèles)"},
    {"compare.search", "Search a model", "Chercher un modèle"},
    {"compare.not_ranked", "Not in the ranking for this profile.", "Absent du classement pour ce profil."},
    {"compare.hint", "Pick 2 to 4 models: tick them in the table above, or take the top three.", "Choisissez 2 à 4 modèles : cochez-les dans le tableau ci-dessus, ou prenez les trois premiers."},
    {"compare.rank", "Rank", "Rang"},
    {"compare.eliminated", "eliminated", "éliminé"},
    {"compare.monthly", "Monthly cost", "Coût mensuel"},
    {"compare.latency", "Expected latency", "Latence attendue"},
    {"compare.vram", "VRAM", "VRAM"},
    {"compare.score", "Score", "Score"},
    {"own.title", "Your own measurements", "Vos propres mesures"},
    {"own.intro", "Measured the models on your own task (notebook 3)? Enter the results: each column becomes a criterion.", "Vous avez testé les modèles sur votre propre tâche (notebook 3) ? Saisissez les résultats : chaque colonne devient un critère."},
    {"own.name_hint", "e.g. correct FAQ answers (%)", "ex. réponses FAQ correctes (%)"},
    {"own.add", "Add a measurement", "Ajouter une mesure"},
    {"own.use", "Use in the ranking", "Utiliser dans le classement"},
    {"own.use_help", "Tick to weigh this measurement in the ranking.", "Cochez pour prendre cette mesure en compte dans le classement."},
    {"own.higher_better", "Higher is better (click to flip)", "Plus haut = mieux (cliquez pour inverser)"},
    {"own.lower_better", "Lower is better (click to flip)", "Plus bas = mieux (cliquez pour inverser)"},
    {"own.remove", "Delete this measurement", "Supprimer cette mesure"},
    {"own.remove_confirm", "Delete the measurement \"%s\" and every value entered for it?", "Supprimer la mesure « %s » et toutes les valeurs saisies ?"},

    // --- decision view
    {"decision.winner", "Top choice:", "Premier choix :"},
    {"decision.score_of", "score %s, %s models ranked", "score %s, %s modèles classés"},
    {"decision.single", "Only one model meets the constraints: there is nothing to rank it against.", "Un seul modèle respecte les contraintes : rien à quoi le comparer."},
    {"decision.why", "%s beats %s mainly on: %s.", "%s devance %s surtout sur : %s."},
    {"decision.why_behind", "It is behind on: %s.", "Il est derrière sur : %s."},
    {"decision.nothing", "no single criterion", "aucun critère en particulier"},
    {"decision.lesson_cheaper", "The lesson: the top choice costs %s of %s for your workload (%s vs %s per month).", "La leçon : le premier choix coûte %s de %s pour votre charge (%s contre %s par mois)."},
    {"decision.lesson_dearer", "The top choice costs %s times as much as %s for your workload (%s vs %s per month).", "Le premier choix coûte %s fois plus que %s pour votre charge (%s contre %s par mois)."},
    {"decision.lesson_free", "The top choice costs nothing per month, against %s for %s.", "Le premier choix ne coûte rien par mois, contre %s pour %s."},
    {"decision.cheapest", "Cheapest model meeting the constraints: %s, %s per month (rank %d).", "Modèle le moins cher qui respecte les contraintes : %s, %s par mois (rang %d)."},
    {"decision.cheapest_is_top", "It is also the cheapest model meeting the constraints (%s per month).", "C'est aussi le modèle le moins cher qui respecte les contraintes (%s par mois)."},
    {"decision.robust_pending", "Robustness: computed when you release the control…", "Robustesse : calculée quand vous relâchez la commande…"},
    {"decision.robust_running", "Robustness: being computed…", "Robustesse : calcul en cours…"},
    {"decision.robust_high", "Solid: %s ranks first in %s of %s random variations of your weights (±%s).", "Solide : %s est premier dans %s de %s variations aléatoires de vos poids (±%s)."},
    {"decision.robust_mid", "Fairly solid: %s ranks first in %s of %s random variations of your weights (±%s).", "Assez solide : %s est premier dans %s de %s variations aléatoires de vos poids (±%s)."},
    {"decision.robust_low", "Fragile: %s ranks first in only %s of %s random variations of your weights (±%s).", "Fragile : %s n'est premier que dans %s de %s variations aléatoires de vos poids (±%s)."},
    {"decision.flip", "Smallest change that swaps the top two: the weight of %s from %s to %s, and %s overtakes %s.", "Plus petit changement qui inverse les deux premiers : le poids de %s de %s à %s, et %s dépasse %s."},
    {"decision.tied", "Tied for first (random variations of your weights cannot separate them): %s.", "À égalité en tête (les variations aléatoires de vos poids ne les départagent pas) : %s."},
    {"decision.filled", "%s of the weight behind %s rests on filled-in values (unknown in the catalog).", "%s du poids derrière %s repose sur des valeurs complétées (inconnues du catalogue)."},
    {"decision.rule_winner", "If an unknown value were handled as \"%s\", %s would come first.", "Si une valeur inconnue était traitée par « %s », %s arriverait premier."},
    {"decision.rule_none", "If an unknown value were handled as \"%s\", no model would be left.", "Si une valeur inconnue était traitée par « %s », aucun modèle ne resterait."},
    {"decision.no_flip", "No change of a single weight makes the second model overtake the first.", "Aucun changement d'un seul poids ne fait passer le deuxième devant le premier."},
    {"decision.constant", "%s has the same value for every remaining model: it cannot separate them.", "%s a la même valeur pour tous les modèles restants : il ne peut pas les départager."},
    {"decision.none_left", "No model meets every constraint: see the eliminated models and relax a constraint.", "Aucun modèle ne respecte toutes les contraintes : voyez les modèles éliminés et assouplissez une contrainte."},
    {"decision.error", "The ranking cannot be computed with these settings.", "Le classement ne peut pas être calculé avec ces réglages."},
    {"decision.details", "Technical details", "Détails techniques"},
    {"decision.ranking", "Ranking, and what each criterion contributes", "Classement, et l'apport de chaque critère"},
    {"decision.not_additive", "This method does not split its score by criterion: the bar shows the score only.", "Cette méthode ne répartit pas son score par critère : la barre montre le score seul."},
    {"decision.col_score", "Score", "Score"},
    {"decision.col_pfirst", "P(1st)", "P(1er)"},
    {"decision.pfirst_help", "Share of the random variations of your weights in which this model ranks first.", "Part des variations aléatoires de vos poids où ce modèle arrive premier."},
    {"decision.col_class", "Class", "Classe"},
    {"decision.class_help", "Rank class: models with the same class cannot be told apart under random variations of your weights (class 1 = tied for first).", "Classe de rang : les modèles d'une même classe ne se départagent pas sous des variations aléatoires de vos poids (classe 1 = à égalité en tête)."},
    {"decision.col_known", "Known", "Connu"},
    {"decision.known_help", "Share of this model's weight that rests on values the catalog knows; the rest is filled in by the rule for unknown values.", "Part du poids de ce modèle qui repose sur des valeurs connues du catalogue ; le reste est complété par la règle des valeurs inconnues."},
    {"decision.col_contrib", "Contribution by criterion", "Apport par critère"},
    {"decision.col_contrib_short", "Contrib.", "Apport"},
    {"decision.imputed", ", filled in", ", complétée"},
    {"decision.tab_pareto", "Pareto chart", "Graphique de Pareto"},
    {"decision.tab_eliminated", "Eliminated", "Éliminés"},
    {"decision.eliminated_intro", "Grouped by the constraint that removed them (a model can fail several).", "Regroupés par la contrainte qui les a écartés (un modèle peut en manquer plusieurs)."},
    {"decision.none_eliminated", "No model is eliminated by the constraints.", "Aucun modèle n'est éliminé par les contraintes."},
    {"constraint.deployment", "Deployment", "Déploiement"},
    {"constraint.open_weights", "Published weights", "Poids publiés"},
    {"constraint.commercial_use", "Commercial use", "Usage commercial"},
    {"constraint.vram_budget", "GPU memory budget", "Budget de mémoire GPU"},
    {"constraint.min_context", "Minimum context", "Contexte minimal"},
    {"constraint.language", "Language", "Langue"},
    {"constraint.input_modality", "Inputs", "Entrées"},
    {"constraint.tool_calling", "Tool calling", "Appel d'outils"},
    {"constraint.structured_output", "Structured output", "Sortie structurée"},
    {"constraint.max_monthly_cost", "Maximum monthly cost", "Coût mensuel maximal"},
    {"constraint.max_latency", "Maximum latency", "Latence maximale"},
    {"constraint.excluded_provider", "Excluded provider", "Éditeur exclu"},
    {"constraint.older_generation", "Older generation", "Ancienne génération"},
    {"constraint.missing_value", "Unknown value", "Valeur inconnue"},
    {"pareto.x", "Across:", "En abscisse :"},
    {"pareto.y", "Up:", "En ordonnée :"},
    {"pareto.log", "log", "log"},
    {"pareto.log_scale", "log scale", "échelle log"},
    {"pareto.help", "A model is on the Pareto frontier when no other model is at least as good on both axes and better on one. Everything off the frontier is beaten on both.", "Un modèle est sur la frontière de Pareto quand aucun autre n'est au moins aussi bon sur les deux axes et meilleur sur l'un. Tout ce qui est hors de la frontière est battu sur les deux."},
    {"pareto.no_data", "No model has both values.", "Aucun modèle n'a les deux valeurs."},
    {"pareto.legend", "Green: the Pareto frontier. Circled: the top choice and your selection.", "En vert : la frontière de Pareto. Entourés : le premier choix et votre sélection."},
    {"pareto.legend_pending", "The frontier appears on the next computation.", "La frontière apparaît au prochain calcul."},
    {"pareto.on_front", "On the Pareto frontier", "Sur la frontière de Pareto"},
    {"pareto.click", "Click to select", "Cliquez pour sélectionner"},

    // --- units
    {"unit.USD/month", "USD/month", "USD/mois"},
    {"unit.USD/Mtok", "USD per M tokens", "USD par M jetons"},
    {"unit.GB", "GB", "Go"},
    {"unit.GiB", "GiB", "Gio"},
    {"unit.GB/s", "GB/s", "Go/s"},
    {"unit.TFLOPS", "TFLOPS", "TFLOPS"},
    {"unit.W", "W", "W"},
    {"unit.Wh", "Wh", "Wh"},
    {"unit.USD/h", "USD/h", "USD/h"},
    {"unit.USD", "USD", "USD"},
    {"unit.s", "s", "s"},
    {"unit.tokens", "tokens", "jetons"},
    {"unit.tokens/s", "tokens/s", "jetons/s"},
    {"unit.B params", "B params", "Md param."},
    {"unit.B", "B", "Md"},
    {"unit.1-5", "1-5", "1-5"},
    {"unit.days", "days", "jours"},
    {"unit.index", "index", "indice"},
    {"unit.Arena score", "Arena score", "score Arena"},

    // --- benchmark names that carry English words (the catalog has one name per benchmark)
    {"bench.lmarena_text", "LMArena text (overall)", "LMArena texte (global)"},
    {"bench.lmarena_french", "LMArena French", "LMArena français"},
    {"bench.aa_multilingual_fr", "Artificial Analysis Multilingual (FR)", "Artificial Analysis multilingue (FR)"},
    {"bench.euroeval_mmlu_fr", "EuroEval MMLU-fr (French)", "EuroEval MMLU-fr (français)"},
    {"bench.meta_mmlu_fr", "Meta multilingual MMLU (FR)", "MMLU multilingue de Meta (FR)"},
    {"bench.lmarena_code", "LMArena coding", "LMArena code"},
    {"bench.aa_intelligence", "Artificial Analysis Intelligence Index", "Indice d'intelligence Artificial Analysis"},
    {"bench.aa_coding", "Artificial Analysis Coding Index", "Indice de code Artificial Analysis"},
    // the built-in presets' own measurements (their names are written in English in the preset files)
    {"user.faq_accuracy", "FAQ answers judged correct", "Réponses FAQ jugées correctes"},
    // [tokens-per-language] workload in words of a language, each model's own tokens (issue 12 item 6)
    {"workload.unit", "amounts in", "quantités en"},
    {"workload.unit_tokens", "tokens", "jetons"},
    {"workload.unit_words", "words", "mots"},
    {"workload.text_language", "language of the text", "langue du texte"},
    {"workload.lang_en", "English", "anglais"},
    {"workload.lang_fr", "French", "français"},
    {"workload.input_words", "words read per request", "mots lus par requête"},
    {"workload.output_words", "words written per request", "mots écrits par requête"},
    {"workload.words_help", "Each model turns these words into its own tokens with its tokenizer's measured tokens per word for this language (FLORES-200 parallel text, Petrov et al. 2023). A model whose tokenizer has no published figure gets an unknown cost and latency, handled by the rule for missing values.", "Chaque modèle convertit ces mots en ses propres jetons selon le nombre de jetons par mot mesuré pour cette langue sur son tokeniseur (textes parallèles FLORES-200, Petrov et al. 2023). Un modèle dont le tokeniseur n'a pas de mesure publiée a un coût et une latence inconnus, traités par la règle des valeurs manquantes."},
    {"constraint.request_context", "Request fits the context", "Requête dans le contexte"},
    {"reason.request_context", "request of %s tokens for this model, context of %s", "requête de %s jetons pour ce modèle, contexte de %s"},
    {"decision.fr_ratio", "In French, this model (%s) counts %s× more tokens than the same text in English (its %s tokenizer on FLORES-200).", "En français, ce modèle (%s) compte %s× plus de jetons que le même texte en anglais (son tokeniseur %s sur FLORES-200)."},
    {"decision.fr_ratio_unknown", "How many more tokens this model (%s) counts in French than for the same text in English is unknown: no published measurement for its tokenizer.", "Combien de jetons de plus ce modèle (%s) compte en français que pour le même texte en anglais est inconnu : aucune mesure publiée pour son tokeniseur."},
    {"decision.words_unknown", "%s models have no measured tokens per word for this language: their cost and latency are unknown.", "%s modèles n'ont pas de mesure de jetons par mot pour cette langue : leur coût et leur latence sont inconnus."},
    {"report.words_per_request_in_out", "Words per request (in / out)", "Mots par requête (entrée / sortie)"},
    // [/tokens-per-language]
};

// Strings whose bytes outputs and tests assert (the report, elimination reasons, criteria, messages, the CLI):
// kept exactly as written, without the typography pass.
const Raw kAsWritten[] = {
    // --- criteria (the engine names them by id)
    {"criterion.monthly_cost.name", "Monthly cost", "Coût mensuel"},
    {"criterion.monthly_cost.help", "What your workload costs per month (API prices, or GPUs when self-hosted): costs differ 100x between models.", "Ce que coûte votre charge par mois (prix API, ou GPU en auto-hébergement) : l'écart atteint 100x entre modèles."},
    {"criterion.api_monthly_cost.name", "API monthly cost", "Coût mensuel API"},
    {"criterion.api_monthly_cost.help", "Your workload at the model's API prices (input, cached input, output, long-context tier).", "Votre charge aux prix API du modèle (entrée, entrée en cache, sortie, tarif long contexte)."},
    {"criterion.selfhost_monthly_cost.name", "Self-host monthly cost", "Coût mensuel auto-hébergé"},
    {"criterion.selfhost_monthly_cost.help", "Devices your traffic needs at its peak on the chosen device (replicas × devices to hold the model) × rent per hour × busy hours, or the purchase price amortised + electricity: the price of keeping data in-house.", "Appareils nécessaires à votre trafic de pointe sur l'appareil choisi (répliques × appareils pour charger le modèle) × location horaire × heures chargées, ou le prix d'achat amorti + l'électricité : le prix de garder les données en interne."},
    {"criterion.latency.name", "Expected latency", "Latence attendue"},
    {"criterion.latency.help", "Self-hosted on your device: prefill of your input + your output tokens at the device's speed under your load. Through an API: time to first token + your output tokens / throughput. Small models answer in 0.1 s, big ones in seconds.", "Auto-hébergé sur votre appareil : lecture de votre entrée + vos jetons de sortie à la vitesse de l'appareil sous votre charge. Par API : temps du premier jeton + vos jetons de sortie / débit. Un petit modèle répond en 0,1 s, un gros en secondes."},
    {"criterion.energy_wh_per_request.name", "Energy per request", "Énergie par requête"},
    {"criterion.energy_wh_per_request.help", "Self-hosted: board power x busy time. API: EcoLogits, from published parameters and your output tokens; unknown if undisclosed.", "Auto-hébergé : puissance × temps occupé. API : EcoLogits, d'après les paramètres publiés et vos jetons de sortie ; inconnue sinon."},
    {"criterion.co2_g_per_request.name", "CO2 per request", "CO2 par requête"},
    {"criterion.co2_g_per_request.help", "Energy x grid intensity: yours when self-hosted (France by default), the host's through an API.", "Énergie × intensité du réseau : le vôtre en auto-hébergement (France par défaut), celui de l'hébergeur par API."},
    {"criterion.vram_gb.name", "VRAM to self-host", "VRAM pour auto-héberger"},
    {"criterion.vram_gb.help", "Memory to run the model at your quantisation, context and batch: decides which GPU you need.", "Mémoire pour faire tourner le modèle à votre quantification, contexte et batch : décide du GPU nécessaire."},
    {"criterion.input_price.name", "Input price", "Prix en entrée"},
    {"criterion.input_price.help", "API price per million input tokens.", "Prix API par million de jetons en entrée."},
    {"criterion.output_price.name", "Output price", "Prix en sortie"},
    {"criterion.output_price.help", "API price per million output tokens (usually several times the input price).", "Prix API par million de jetons en sortie (souvent plusieurs fois le prix en entrée)."},
    {"criterion.context_tokens.name", "Context window", "Fenêtre de contexte"},
    {"criterion.context_tokens.help", "How much text the model reads at once: long documents and RAG need more.", "Quantité de texte lue en une fois : les longs documents et le RAG en demandent plus."},
    {"criterion.output_speed.name", "Output speed", "Débit de sortie"},
    {"criterion.output_speed.help", "Tokens generated per second once the answer starts.", "Jetons générés par seconde une fois la réponse commencée."},
    {"criterion.ttft.name", "Time to first token", "Temps du premier jeton"},
    {"criterion.ttft.help", "Wait before the answer starts: what a chat user feels first.", "Attente avant le début de la réponse : ce que l'utilisateur d'un chat ressent d'abord."},
    {"criterion.params_b.name", "Parameters", "Paramètres"},
    {"criterion.params_b.help", "Model size in billions of parameters: smaller is cheaper and faster to run.", "Taille du modèle en milliards de paramètres : plus petit = moins cher et plus rapide."},
    {"criterion.relative_cost.name", "Relative cost", "Coût relatif"},
    {"criterion.relative_cost.help", "The course's 1 to 5 money signs from the blended API price.", "Les 1 à 5 symboles monétaires du cours, d'après le prix API moyen."},
    {"criterion.bench.help", "Benchmark score %s.", "Score au benchmark %s."},
    {"criterion.user.help", "Measured by you on your own task.", "Mesuré par vous sur votre propre tâche."},

    // --- elimination reasons (the engine's reason codes with their numbers)
    {"reason.deployment.api", "no API available", "pas d'API disponible"},
    {"reason.deployment.self_host", "cannot be self-hosted (weights not published)", "ne peut pas être auto-hébergé (poids non publiés)"},
    {"reason.deployment.either", "neither an API nor downloadable weights", "ni API ni poids téléchargeables"},
    {"reason.open_weights", "weights not published", "poids non publiés"},
    {"reason.commercial_use", "licence does not allow commercial use (%s)", "licence sans usage commercial (%s)"},
    {"reason.vram_budget.unknown", "VRAM unknown (parameter count not published)", "VRAM inconnue (nombre de paramètres non publié)"},
    {"reason.vram_budget", "needs %s GB at %s, budget %s GB", "demande %s Go en %s, budget %s Go"},
    {"reason.quant.q4", "4-bit", "4 bits"},
    {"reason.quant.q8", "8-bit", "8 bits"},
    {"reason.quant.fp16", "16-bit (fp16)", "16 bits (fp16)"},
    {"reason.min_context.unknown", "context window unknown", "fenêtre de contexte inconnue"},
    {"reason.min_context", "context of %s tokens, %s required", "contexte de %s jetons, il en faut %s"},
    {"reason.language.unknown", "no evidence of support for language %s", "aucune preuve de prise en charge de la langue %s"},
    {"reason.language", "language %s: evidence level %s, minimum %s", "langue %s : niveau de preuve %s, minimum %s"},
    {"reason.input_modality", "does not accept %s input", "n'accepte pas l'entrée %s"},
    {"reason.tool_calling", "no tool calling", "pas d'appel d'outils"},
    {"reason.tool_calling.unknown", "tool calling unknown", "appel d'outils non documenté"},
    {"reason.structured_output", "no structured output", "pas de sortie structurée"},
    {"reason.structured_output.unknown", "structured output unknown", "sortie structurée non documentée"},
    {"reason.max_monthly_cost.unknown", "monthly cost unknown for your workload", "coût mensuel inconnu pour votre charge"},
    {"reason.max_monthly_cost", "costs $%s/month, maximum $%s", "coûte %s $/mois, maximum %s $"},
    {"reason.max_monthly_cost_eur", "costs €%s/month, maximum €%s", "coûte %s €/mois, maximum %s €"},
    {"reason.max_latency.unknown", "latency unknown (throughput or first-token time not measured)", "latence inconnue (débit ou premier jeton non mesuré)"},
    {"reason.max_latency", "latency %s s, maximum %s s", "latence %s s, maximum %s s"},
    {"reason.excluded_provider", "provider excluded (%s)", "fournisseur exclu (%s)"},
    {"reason.older_generation", "older generation", "génération ancienne"},
    {"reason.missing_value", "missing value for %s", "valeur manquante pour %s"},

    // --- the Markdown report
    {"report.direct_weights_normalised_to_100", "direct weights (normalised to 100%)", "poids directs (normalisés à 100 %)"},
    {"report.rank_order_centroid_from_your_ordering", "rank-order centroid from your ordering", "centroïde des rangs (ROC) d’après votre classement"},
    {"report.swing_weighting_points_per_criterion", "swing weighting (points per criterion)", "pondération swing (points par critère)"},
    {"report.ahp_pairwise_comparisons_principal_eig", "AHP pairwise comparisons (principal eigenvector)", "comparaisons par paires AHP (vecteur propre principal)"},
    {"report.entropy_objective_from_the_data", "entropy (objective, from the data)", "entropie (objective, d’après les données)"},
    {"report.critic_objective_from_the_data", "CRITIC (objective, from the data)", "CRITIC (objective, d’après les données)"},
    {"report.standard_deviation_objective", "standard deviation (objective)", "écart-type (objective)"},
    {"report.merec_objective", "MEREC (objective)", "MEREC (objective)"},
    {"report.modelmatrix_decision", "ModelMatrix decision", "Décision ModelMatrix"},
    {"report.catalog", "Catalog", "Catalogue"},
    {"report.data_as_of", "data as of", "données au"},
    {"report.models", "models", "modèles"},
    {"report.with_your_private_overlay", "with your private overlay", "avec votre surcouche privée"},
    {"report.workload", "Workload", "Charge de travail"},
    {"report.requests_per_day", "Requests per day", "Requêtes par jour"},
    {"report.tokens_per_request_in_out", "Tokens per request (in / out)", "Jetons par requête (entrée / sortie)"},
    {"report.cached_share_of_input", "Cached share of input", "Part d’entrée en cache"},
    {"report.self_hosting", "Self-hosting", "Auto-hébergement"},
    {"report.energy_top", "%s: %s Wh, %s gCO2e per request (grid %s gCO2e/kWh)", "%s : %s Wh, %s gCO2e par requête (réseau %s gCO2e/kWh)"},
    {"report.device_rent", "%s rented at %s per device-hour, %s h/day", "%s loué %s par heure d'appareil, %s h/jour"},
    {"report.device_purchase", "%s bought at %s, amortised over %s months, electricity %s/kWh, %s h/day", "%s acheté %s, amorti sur %s mois, électricité %s/kWh, %s h/jour"},
    {"report.selfhost_top", "Self-hosting %s: %d device(s) (%d replica(s) of %d), %s per month", "Auto-héberger %s : %d appareil(s) (%d réplique(s) de %d), %s par mois"},
    {"report.selfhost_latency", ", %s s per request", ", %s s par requête"},
    {"report.selfhost_energy", ", %s Wh per request", ", %s Wh par requête"},
    {"report.selfhost_breakeven", "; cheaper than its API from %s requests/day", " ; moins cher que son API à partir de %s requêtes/jour"},
    {"report.selfhost_never", "; never cheaper than its API for this request shape", " ; jamais moins cher que son API pour ce type de requête"},
    {"report.gpu_hour", "/GPU-hour, ", "/h GPU, "},
    {"report.currency_eur", "Amounts in euros at 1 EUR = %s USD; the profile keeps US dollars.", "Montants en euros à 1 EUR = %s USD ; le profil garde les dollars US."},
    {"report.h_day", " h/day", " h/jour"},
    {"report.hard_constraints", "Hard constraints", "Contraintes strictes"},
    {"report.deployment", "Deployment: ", "Déploiement : "},
    {"report.self_hosted", "self-hosted", "auto-hébergé"},
    {"report.open_weights_required", "Open weights required", "Poids publiés exigés"},
    {"report.licence_must_allow_commercial_use", "Licence must allow commercial use", "La licence doit permettre l’usage commercial"},
    {"report.vram_budget", "VRAM budget: ", "Budget VRAM : "},
    {"report.gb_at", " GB at ", " Go en "},
    {"report.minimum_context", "Minimum context: ", "Contexte minimum : "},
    {"report.tokens", " tokens", " jetons"},
    {"report.language", "Language ", "Langue "},
    {"report.evidence_level", ", evidence level ≥ ", ", niveau de preuve ≥ "},
    {"report.input", "Input: ", "Entrée : "},
    {"report.tool_calling", "Tool calling", "Appel d’outils"},
    {"report.structured_output", "Structured output", "Sortie structurée"},
    {"report.maximum_monthly_cost", "Maximum monthly cost: ", "Coût mensuel maximum : "},
    {"report.maximum_latency", "Maximum latency: ", "Latence maximale : "},
    {"report.excluded_provider", "Excluded provider: ", "Fournisseur exclu : "},
    {"report.older_generations_excluded", "Older generations excluded", "Anciennes générations exclues"},
    {"report.none", "None.", "Aucune."},
    {"report.no_ranking", "No ranking", "Pas de classement"},
    {"report.criteria_and_weights", "Criteria and weights", "Critères et poids"},
    {"report.weights_set_by", "Weights set by ", "Poids fixés par "},
    {"report.consistency_ratio", "Consistency ratio", "Ratio de cohérence"},
    {"report.cr", " CR = ", " CR = "},
    {"report.p_first", "P(#1)", "P(#1)"},
    {"report.p_top3", "P(top 3)", "P(top 3)"},
    {"report.method", "Method", "Méthode"},
    {"report.criterion", "Criterion", "Critère"},
    {"report.unit", "Unit", "Unité"},
    {"report.direction", "Direction", "Sens"},
    {"report.weight", "Weight", "Poids"},
    {"report.higher_is_better", "higher is better", "plus haut = mieux"},
    {"report.lower_is_better", "lower is better", "plus bas = mieux"},
    {"report.same_for_all", " (same for all)", " (identique pour tous)"},
    {"report.ranking", "Ranking", "Classement"},
    {"report.model", "Model", "Modèle"},
    {"report.score", "Score", "Score"},
    {"report.monthly_cost", "Monthly cost", "Coût mensuel"},
    {"report.criterion_columns_each_criterion_s_con", "Criterion columns: each criterion's contribution to the score.", "Colonnes des critères : contribution de chaque critère au score."},
    {"report.why_1_beats_2", "Why #1 beats #2", "Pourquoi le n° 1 devance le n° 2"},
    {"report.vs", "vs", "contre"},
    {"report.score_gap", "score gap", "écart de score"},
    {"report.cost_lesson", "Cost lesson", "La leçon du coût"},
    {"report.the_top_choice_costs", "The top choice costs ", "Le premier choix coûte "},
    {"report.of", " of ", " de "},
    {"report.for_your_workload", " for your workload (", " pour votre charge ("},
    {"report.vs_2", " vs ", " contre "},
    {"report.per_month", " per month).", " par mois)."},
    {"report.cheapest_model_meeting_the_constraints", "Cheapest model meeting the constraints: ", "Modèle le moins cher respectant les contraintes : "},
    {"report.robustness", "Robustness", "Robustesse"},
    {"report.monte_carlo", "Monte-Carlo: ", "Monte-Carlo : "},
    {"report.weight_samples_seed", " weight samples (seed ", " tirages de poids (graine "},
    {"report.spread", ", spread ", ", dispersion "},
    {"report.smallest_change_that_swaps_1_and_2_the", "Smallest change that swaps #1 and #2: the weight of ", "Plus petit changement qui inverse le n° 1 et le n° 2 : le poids de "},
    {"report.from", " from ", " de "},
    {"report.to", " to ", " à "},
    {"report.no_single_weight_change_swaps_1_and_2", "No single weight change swaps #1 and #2.", "Aucun changement d’un seul poids n’inverse le n° 1 et le n° 2."},
    {"report.stability_of_each_weight_the_winner_st", "Stability of each weight (the winner stays #1 within):", "Stabilité de chaque poids (le gagnant reste n° 1 dans l’intervalle) :"},
    {"report.eliminated_models", "Eliminated models", "Modèles éliminés"},
    {"report.notes", "Notes", "Remarques"},
    {"report.every_figure_comes_from_the_catalog_wi", "Every figure comes from the catalog with its source, date and basis; see the model cards in ModelMatrix.", "Chaque chiffre vient du catalogue avec sa source, sa date et sa nature ; voir les fiches modèles dans ModelMatrix."},

    // --- session and import messages
    {"session.saving_is_unavailable", "Saving is unavailable (", "Sauvegarde indisponible ("},
    {"session.your_work_is_kept_for_this_session_onl", "): your work is kept for this session only.", ") : votre travail n’est gardé que pour cette session."},
    {"session.your_saved_work_was_updated_to_the_new", "Your saved work was updated to the new format.", "Votre travail enregistré a été mis au nouveau format."},
    {"session.your_saved_state_could_not_be_read", "Your saved state could not be read (", "Votre état enregistré est illisible ("},
    {"session.it_was_kept_aside_in", "). It was kept aside in ", "). Il a été mis de côté dans "},
    {"session.defaults_are_used", "; defaults are used.", " ; les valeurs par défaut sont utilisées."},
    {"session.saving_works_again", "Saving works again.", "La sauvegarde fonctionne de nouveau."},
    {"session.could_not_save", "Could not save (", "Impossible d’enregistrer ("},
    {"session.your_work_is_kept_in_memory_for_this_s", "): your work is kept in memory for this session; export it to keep it.", ") : votre travail reste en mémoire pour cette session ; exportez-le pour le garder."},
    {"session.everything_was_reset_to_the_defaults", "Everything was reset to the defaults.", "Tout a été remis aux valeurs par défaut."},
    {"session.link_copied_it_carries_your_whole_deci", "Link copied: it carries your whole decision (nothing is sent anywhere). ", "Lien copié : il contient toute votre décision (rien n’est envoyé). "},
    {"import.import_refused_nothing_changed", "Import refused, nothing changed — ", "Import refusé, rien n’a changé — "},
    {"import.profile_imported", "Profile imported: ", "Profil importé : "},
    {"import.file_over_the_limit_of_16_mib", "file over the limit of 16 MiB", "fichier au-delà de la limite de 16 Mio"},
    {"import.expected_modelmatrix_profile_or_modelm", "expected \"modelmatrix-profile\" or \"modelmatrix-overlay\", got ", "attendu « modelmatrix-profile » ou « modelmatrix-overlay », reçu "},
    {"import.private_overlay_loaded", "Private overlay loaded: ", "Surcouche privée chargée : "},
    {"import.models_from", " models from ", " modèles depuis "},
    {"import.decision_opened_from_the_link", "Decision opened from the link", "Décision ouverte depuis le lien"},
    {"import.this_link_could_not_be_opened_nothing", "This link could not be opened, nothing changed — ", "Ce lien n’a pas pu être ouvert, rien n’a changé — "},

    // --- the CLI's `explain`
    {"cli.explain.eliminated", " is eliminated:", " est éliminé :"},
    {"cli.explain.rank", ": rank ", " : rang "},
    {"cli.explain.of", " of ", " sur "},
    {"cli.explain.score", ", score ", ", score "},
    {"cli.explain.imputed", " (imputed)", " (imputé)"},
    {"cli.explain.weight", ", weight ", ", poids "},
    {"cli.explain.contribution", ", contribution ", ", contribution "},
    {"cli.explain.separates", "What separates ", "Ce qui sépare "},
    {"cli.explain.from", " from ", " de "},
    {"cli.explain.for", " for ", " pour "},

    // --- the desktop's import prompt and the web page's live region
    {"desktop.import_path", "Path of the file to import (profile JSON, overlay JSON or CSV):", "Chemin du fichier à importer (profil JSON, surcouche JSON ou CSV) :"},
    {"desktop.import_drop_tip", "Tip: you can also drop the file on the window.", "Astuce : vous pouvez aussi déposer le fichier sur la fenêtre."},
    {"desktop.import", "Import", "Importer"},
    {"web.live_none", "No model ranked.", "Aucun modèle classé."},
    {"web.live_ranking", "Ranking: ", "Classement : "},
    {"web.selfhost_invalid", "The self-hosting data could not be read (%s): no self-hosting estimates.", "Les données d'auto-hébergement sont illisibles (%s) : pas d'estimation d'auto-hébergement."},
    {"web.unknown_lang", "Unknown language in the URL: %s (en or fr)", "Langue inconnue dans l'URL : %s (en ou fr)"},
};
// clang-format on

// French typography: a narrow no-break space before : ; ! ? and inside « ».
std::string FrenchSpaces(const std::string& s) {
    static const std::string kNnbsp = "\xE2\x80\xAF";
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ' ' && i + 1 < s.size() && (s[i + 1] == ':' || s[i + 1] == ';' || s[i + 1] == '!' || s[i + 1] == '?')) {
            out += kNnbsp;
            continue;
        }
        if (c == ' ' && i >= 2 && s.compare(i - 2, 2, "\xC2\xAB") == 0) {  // after «
            out += kNnbsp;
            continue;
        }
        if (c == ' ' && i + 2 < s.size() && s.compare(i + 1, 2, "\xC2\xBB") == 0) {  // before »
            out += kNnbsp;
            continue;
        }
        out += c;
    }
    return out;
}

struct Table {
    std::vector<I18nEntry> entries;
    std::unordered_map<std::string, std::size_t> index;
};

const Table& GetTable() {
    static const Table table = [] {
        Table t;
        for (const Raw& r : kStrings) {
            t.index.emplace(r.key, t.entries.size());
            t.entries.push_back({r.key, r.en, FrenchSpaces(r.fr)});
        }
        for (const Raw& r : kAsWritten) {
            t.index.emplace(r.key, t.entries.size());
            t.entries.push_back({r.key, r.en, r.fr});
        }
        return t;
    }();
    return table;
}

std::mutex g_missing_mutex;
std::set<std::string>& Missing() {
    static std::set<std::string> missing;
    return missing;
}

// Inserts `sep` every three digits of the integer part of a "1234.56" string and swaps the decimal point.
std::string Group(const std::string& plain, const std::string& thousands, const std::string& decimal) {
    std::size_t start = plain[0] == '-' ? 1 : 0;
    std::size_t dot = plain.find('.');
    if (dot == std::string::npos) dot = plain.size();
    std::string out = plain.substr(0, start);
    const std::size_t digits = dot - start;
    for (std::size_t i = 0; i < digits; ++i) {
        out += plain[start + i];
        const std::size_t left = digits - i - 1;
        if (left > 0 && left % 3 == 0) out += thousands;
    }
    if (dot < plain.size()) out += decimal + plain.substr(dot + 1);
    return out;
}

}  // namespace

const char* Tr(const std::string& lang, const char* key) {
    const Table& t = GetTable();
    auto it = t.index.find(key);
    if (it == t.index.end()) {
        std::lock_guard<std::mutex> lock(g_missing_mutex);
        return Missing().insert(key).first->c_str();
    }
    const I18nEntry& e = t.entries[it->second];
    return lang == "fr" ? e.fr.c_str() : e.en.c_str();
}

const char* TrIfKnown(const std::string& lang, const std::string& key) {
    const Table& t = GetTable();
    auto it = t.index.find(key);
    if (it == t.index.end()) return nullptr;
    const I18nEntry& e = t.entries[it->second];
    return lang == "fr" ? e.fr.c_str() : e.en.c_str();
}

const std::vector<I18nEntry>& AllStrings() { return GetTable().entries; }

std::vector<std::string> AllKeys() {
    std::vector<std::string> keys;
    for (const auto& e : GetTable().entries) keys.push_back(e.key);
    return keys;
}

std::vector<std::string> MissingKeys() {
    std::lock_guard<std::mutex> lock(g_missing_mutex);
    return {Missing().begin(), Missing().end()};
}

std::string Format(const char* fmt, ...) {
    char buf[1024];
    va_list args;
    va_start(args, fmt);
    const int n = std::vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    if (n < 0) return {};
    if (static_cast<std::size_t>(n) < sizeof buf) return buf;
    std::string out(static_cast<std::size_t>(n) + 1, '\0');
    va_start(args, fmt);
    std::vsnprintf(out.data(), out.size(), fmt, args);
    va_end(args);
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string FormatNumber(double v, const std::string& lang, int decimals) {
    if (!std::isfinite(v)) return "\xE2\x80\x94";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", std::max(0, decimals), v);
    std::string plain = buf;
    if (plain == "-0" || plain.find_first_not_of("-0.") == std::string::npos) plain.erase(0, plain[0] == '-' ? 1 : 0);
    return lang == "fr" ? Group(plain, "\xE2\x80\xAF", ",") : Group(plain, ",", ".");
}

std::string FormatAuto(double v, const std::string& lang) {
    const double a = std::fabs(v);
    int dec = 0;
    if (a == std::floor(a) || a >= 100) dec = 0;
    else if (a >= 10) dec = 1;
    else if (a >= 1) dec = 2;
    else if (a > 0) dec = std::min(6, 2 - static_cast<int>(std::floor(std::log10(a))));
    std::string s = FormatNumber(v, lang, dec);
    // Drop trailing zeros after the decimal mark ("0.50" -> "0.5"), keeping at least one digit.
    const char mark = lang == "fr" ? ',' : '.';
    if (s.find(mark) != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == mark) s.pop_back();
    }
    return s;
}

std::string FormatUsd(double v, const std::string& lang) {
    const double a = std::fabs(v);
    std::string n;
    if (a >= 100) n = FormatNumber(v, lang, 0);  // monthly amounts: cents add nothing
    else if (a >= 0.01 || a == 0) n = FormatNumber(v, lang, 2);
    else n = FormatAuto(v, lang);
    if (lang == "fr") return n + "\xC2\xA0$US";
    if (!n.empty() && n[0] == '-') return "-$" + n.substr(1);
    return "$" + n;
}

std::string FormatPercent(double share, const std::string& lang, int decimals) {
    const std::string n = FormatNumber(share * 100.0, lang, decimals);
    return lang == "fr" ? n + "\xE2\x80\xAF%" : n + "%";
}

std::string FormatTokens(double v, const std::string& lang) {
    const std::string sep = lang == "fr" ? "\xE2\x80\xAF" : "";
    if (v >= 1e6) return FormatAuto(v / 1e6, lang) + sep + "M";
    if (v >= 1e3) return FormatAuto(std::round(v / 1e2) / 10.0, lang) + sep + "k";
    return FormatNumber(v, lang, 0);
}

std::string UnitLabel(const std::string& unit, const std::string& lang) {
    const Table& t = GetTable();
    auto it = t.index.find("unit." + unit);
    if (it == t.index.end()) return unit;
    const I18nEntry& e = t.entries[it->second];
    return lang == "fr" ? e.fr : e.en;
}

std::string FormatWithUnit(double v, const std::string& unit, const std::string& lang) {
    if (unit == "USD/month") return FormatUsd(v, lang) + (lang == "fr" ? "/mois" : "/month");
    if (unit == "USD/Mtok") return FormatUsd(v, lang) + "/M";
    if (unit == "%") return FormatAuto(v, lang) + (lang == "fr" ? "\xE2\x80\xAF%" : "%");
    if (unit == "tokens") return FormatTokens(v, lang) + " " + UnitLabel(unit, lang);
    if (unit.empty() || unit == "1-5") return FormatAuto(v, lang);
    return FormatAuto(v, lang) + (lang == "fr" ? "\xC2\xA0" : " ") + UnitLabel(unit, lang);
}

double ShownMoney(double usd, const MoneyDisplay& m) { return m.eur && m.usd_per_eur > 0 ? usd / m.usd_per_eur : usd; }
double UsdFromShown(double amount, const MoneyDisplay& m) { return m.eur && m.usd_per_eur > 0 ? amount * m.usd_per_eur : amount; }

std::string FormatMoney(double usd, const std::string& lang, const MoneyDisplay& m) {
    if (!m.eur) return FormatUsd(usd, lang);
    const double v = ShownMoney(usd, m);
    const double a = std::fabs(v);
    std::string n;
    if (a >= 100) n = FormatNumber(v, lang, 0);
    else if (a >= 0.01 || a == 0) n = FormatNumber(v, lang, 2);
    else n = FormatAuto(v, lang);
    if (lang == "fr") return n + "\xC2\xA0\xE2\x82\xAC";
    if (!n.empty() && n[0] == '-') return "-\xE2\x82\xAC" + n.substr(1);
    return "\xE2\x82\xAC" + n;
}

std::string MoneyText(std::string text, const MoneyDisplay& m) {
    if (!m.eur) return text;
    auto replace_all = [&](const std::string& from, const std::string& to) {
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    };
    replace_all("$US", "\xE2\x82\xAC");
    replace_all("USD", "EUR");
    replace_all("$", "\xE2\x82\xAC");
    return text;
}

std::string UnitLabel(const std::string& unit, const std::string& lang, const MoneyDisplay& m) {
    return unit.rfind("USD", 0) == 0 ? MoneyText(UnitLabel(unit, lang), m) : UnitLabel(unit, lang);
}

std::string FormatWithUnit(double v, const std::string& unit, const std::string& lang, const MoneyDisplay& m) {
    if (unit == "USD/month") return FormatMoney(v, lang, m) + (lang == "fr" ? "/mois" : "/month");
    if (unit == "USD/Mtok") return FormatMoney(v, lang, m) + "/M";
    return FormatWithUnit(v, unit, lang);
}

}  // namespace mm::app
