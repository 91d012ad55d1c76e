//! Repairs of parses the statistical parser commonly gets wrong, applied
//! after it: each rule is one construction, checked on the whole sentence.

use crate::syntax::Parse;

/// Every repair, in the order applied: the verbless readings first (a
/// clause's verb found again), then the attachments inside the clause.
const REPAIRS: &[fn(&mut Parse)] = &[
    swapped_root,
    fronted_phrase,
    finite_root,
    verb_read_as_noun_before_particle,
    modifier_verb,
    subject_root,
    present_verb,
    relative_present_verb,
    relative_clause_noun,
    conjoined_subject,
    coordinated_modifiers,
    stray_apposition,
    titled_name,
    perfect_since,
    contact_clause,
    listed_subject_contact_clause,
    finite_clause_on_noun,
    plural_read_as_joined_verb,
    modifiers_read_as_nouns,
    verb_after_floating_quantifier,
    noun_stranded_after_modifier,
    second_object_of_preposition,
    plural_root_before_joined_verb,
    gerund_subject,
    from_to,
    shifted_object,
    direction_of,
    subject_under_mark,
    whose_clause,
    time_before_subject,
    relative_object,
    object_contact_clause,
    fused_contact_clause,
    against_beside,
    reported_present_verb,
    allied_modifier,
    reduced_relative,
    subordinate_present_verb,
    stranded_subject,
    infinitive_read_as_noun,
    preposition_read_as_infinitive,
    model_designation,
    participle_phrase_before_verb,
    possessed_gerund,
    verb_after_prepositional_phrase,
    relative_object_of_infinitive,
    subject_contact_clause,
    memorandum_of_understanding,
    verb_after_relative_clause,
    list_read_as_apposition,
    present_verb_before_participle,
    number_read_as_head,
    second_object_read_as_apposition,
    compound_on_modifier,
    name_conjunct_on_common_noun,
    side_by_side,
    present_verb_before_noun,
    reported_clause_read_as_subject,
    headline_list_verb,
    counted_participle,
    participle_after_pair,
    bare_subordinator,
    clause_on_punctuation,
    quoted_infinitive,
    of_after_time,
    plural_before_contact_clause,
    pronoun_dative,
    relative_clause_read_as_main,
    relative_object_of_naming,
    as_well_as_object,
    relative_present_plural,
    clause_joined_to_participle,
    complement_read_as_relative,
    relative_read_as_complement,
    contact_clause_on_apposition,
    object_read_as_clause,
    participle_read_as_main_verb,
    verb_after_bare_relative_clause,
    relative_conjunct_before_main_verb,
    relative_read_as_noun_complement,
    opening_subject_read_as_object,
    name_read_as_object_of_noun,
    absolute_clause_after_with,
    fronted_adverbial_read_as_subject,
    object_predicate_read_as_modifier,
    list_member_read_as_apposition,
    possessed_conjunct_of_title,
    conjunct_after_acronym,
    between_after_place_and_time,
    clause_read_after_between_pair,
    between_member_read_as_subject,
    name_after_noun_read_as_subject,
    complement_clause_after_participle_phrase,
    object_after_place,
    object_after_place_name,
    event_after_partner,
    event_word_before_name,
    office_read_as_adverb,
    agent_of_object,
    preposition_on_worth,
    purpose_of_contract,
    participle_read_as_conjunct,
    object_read_as_modifier_list,
    infinitive_read_as_main_verb,
    verb_joined_without_coordinator,
    particle_read_as_preposition,
    preposition_on_partitive,
    time_before_subordinate_clause,
    agent_on_noun,
    origin_of_guest,
    adverb_after_relative_clause,
    conjunct_of_state_title,
    counted_compound_with_gerund,
    relative_after_time,
    relative_after_participle_phrase,
    reported_amount_to,
    participle_read_as_verb_before_subject,
    participle_read_as_adjective,
    range_read_as_preposition,
    name_with_inner_and,
    conjunct_of_relative_read_as_main,
    small_clause_read_as_complement,
    dependents_of_auxiliary,
    verb_read_as_plural_before_pronoun,
    head_on_punctuation,
    clause_read_as_joined_noun,
    verb_after_apposition,
    past_read_as_participle,
    heading_label_on_noun,
    apposition_read_as_subject_before_and,
    of_on_date,
    trailing_apposition_read_as_main,
    name_dative_read_as_modifier,
    preposition_on_named_object,
    modifier_read_as_clause_after_dative,
    object_read_as_apposition_of_verb,
    joined_verb_read_as_modifier,
    approximation_read_as_preposition,
    pair_on_date,
    plural_name_before_present_verb,
    contact_clause_read_as_second_root,
    relative_verb_after_time_phrase,
    list_after_colon,
    perfect_after_floating_quantifier,
    direction_on_rate,
    plural_noun_with_object,
    participle_read_as_clause_of_verb,
    agent_on_time_phrase,
    object_of_bare_preposition,
    compound_read_as_participle_clause,
    conjunct_noun_read_as_apposition,
    possessed_noun_apposition_read_as_conjunct,
    complement_of_relative_copula,
    adjective_read_as_object,
    determiner_read_as_head,
    passive_infinitive_on_noun,
    conjunct_read_as_adverbial,
    condition_after_relative,
    particle_after_object,
    particle_on_object,
    contact_clause_on_far_noun,
    plural_before_verb_words,
    adjective_name_read_as_subject,
    comparison_clause_before_verb,
    preposition_on_preposition,
    marked_clause_left_as_root,
    relative_clause_left_as_root,
    relative_clause_on_far_verb,
    second_clause_left_as_root,
    adjective_read_as_noun,
    of_after_time_phrase,
    preposition_on_duration,
    name_read_as_compound_of_verb,
    existential_noun_clause,
    title_read_as_adverbial,
    speaker_read_as_apposition,
    doer_read_on_active_verb,
    object_after_time_phrase,
];

/// Applies every repair, in order (`REPAIRS`). A repair that would leave a
/// token its own ancestor (two readings fixed into a loop) is undone: every
/// stage after walks heads up to the root. A token a repair gave a new tag but
/// not a new lemma takes the lemma of its new tag ("uses" read as a plural noun,
/// "us", and then as a verb is "use").
pub fn all(parse: &mut Parse) {
    let before = parse.tokens.clone();
    for repair in REPAIRS {
        repair(parse);
    }
    if has_cycle(parse) {
        parse.tokens = before.clone();
        for repair in REPAIRS {
            let kept = parse.tokens.clone();
            repair(parse);
            if has_cycle(parse) {
                parse.tokens = kept;
            }
        }
    }
    for (t, old) in before.iter().enumerate() {
        if parse.tokens[t].tag != old.tag && parse.tokens[t].lemma == old.lemma {
            let tag = parse.tag(t).to_string();
            parse.tokens[t].lemma = parse.analyzer.lemmatizer.lemma(parse.word(t), &tag);
        }
    }
}

/// Whether some token of `parse` is its own ancestor.
pub fn has_cycle(parse: &Parse) -> bool {
    (0..parse.len()).any(|t| {
        let mut x = t;
        for _ in 0..=parse.len() {
            match parse.head(x) {
                Some(h) => x = h,
                None => return false,
            }
        }
        true
    })
}

/// "Burundian soldiers deployed in South Kivu have fought the M23", read with
/// "deployed" as the main verb and "have fought" as its complement clause with
/// no subject: a participle that may be the past tense, with no object, whose
/// subject is a common noun, is a reduced relative on that noun when a verb
/// under it with "have" or a modal and no subject or "that" of its own
/// follows; that verb is the clause's, with the noun its subject.
pub fn participle_read_as_main_verb(parse: &mut Parse) {
    let (Some(vbn), Some(acl), Some(nsubj), Some(nsubjpass)) =
        (tag_id(parse, "VBN"), label(parse, "acl"), label(parse, "nsubj"), label(parse, "nsubjpass"))
    else {
        return;
    };
    for c in 1..parse.len() {
        if parse.tag(c) != "VBD" || kids(parse, c).any(|k| matches!(parse.dep(k), "dobj" | "aux" | "auxpass" | "neg")) {
            continue;
        }
        let Some(s) = kids(parse, c).find(|&k| k < c && parse.dep(k) == "nsubj") else { continue };
        if !matches!(parse.tag(s), "NN" | "NNS") {
            continue;
        }
        let later = kids(parse, c).find(|&v| {
            v > c
                && matches!(parse.dep(v), "ccomp" | "conj" | "parataxis")
                && parse.tag(v).starts_with("VB")
                && kids(parse, v).any(|a| {
                    a < v && matches!(parse.dep(a), "aux") && (parse.lemma(a) == "have" || parse.tag(a) == "MD")
                })
                && !kids(parse, v).any(|k| parse.dep(k).starts_with("nsubj") || matches!(parse.dep(k), "mark" | "cc"))
                && !kids(parse, c).any(|k| k > c && k < v && matches!(parse.dep(k), "cc" | "punct"))
        });
        let Some(v) = later else { continue };
        let (head, dep) = (parse.head(c), parse.tokens[c].dep);
        attach(parse, v, head, dep);
        let passive = kids(parse, v).any(|k| parse.dep(k) == "auxpass");
        attach(parse, s, Some(v), if passive { nsubjpass } else { nsubj });
        attach(parse, c, Some(s), acl);
        parse.tokens[c].tag = vbn;
    }
}

/// "The tanks that Germany delivered to Ukraine arrived in May", read with the
/// subject as the root and "arrived" as a complement of the relative
/// clause's verb (and "to" as its infinitive marker): a root noun whose
/// relative clause has a subject of its own, followed with no comma by a
/// finite verb with no subject hung in the clause, is that verb's subject;
/// a "to" with an object before that verb is the clause verb's preposition.
pub fn verb_after_bare_relative_clause(parse: &mut Parse) {
    let (Some(ids), Some(prep), Some(in_tag)) = (clause_ids(parse), label(parse, "prep"), tag_id(parse, "IN")) else {
        return;
    };
    let Some(root) = root_of(parse) else { return };
    if !matches!(parse.tag(root), "NN" | "NNS" | "NNP" | "NNPS") {
        return;
    }
    let Some(clause) = kids(parse, root).find(|&c| parse.dep(c) == "relcl") else { return };
    // ("The drones that Turkey sold to Ethiopia changed ...", read with "sold" a participle on
    // "Turkey" and "changed" the relative clause: the participle is the clause's verb, the later
    // verb the sentence's.)
    let name_verb = kids(parse, clause).find(|&s| s < clause && parse.dep(s) == "nsubj").and_then(|s| {
        let first = kids(parse, s).filter(|&k| k < s).min().unwrap_or(s);
        kids(parse, s)
            .find(|&v| v == s + 1 && parse.dep(v) == "acl" && matches!(parse.tag(v), "VBN" | "VBD"))
            .filter(|_| first > 0 && parse.word(first - 1).eq_ignore_ascii_case("that"))
            .map(|v| (s, v, first - 1))
    });
    if let (Some((s, v, that)), Some(relcl), Some(dobj)) = (name_verb, label(parse, "relcl"), label(parse, "dobj")) {
        let (vbd, root_label, nsubj) = ids;
        attach(parse, v, Some(root), relcl);
        parse.tokens[v].tag = vbd;
        attach(parse, s, Some(v), nsubj);
        attach(parse, that, Some(v), dobj);
        attach(parse, clause, None, root_label);
        attach(parse, root, Some(clause), nsubj);
        for k in (0..parse.len()).filter(|&k| parse.head(k) == Some(root) && k > clause).collect::<Vec<_>>() {
            parse.tokens[k].head = Some(clause);
        }
        return;
    }
    if !kids(parse, clause).any(|k| k < clause && parse.dep(k).starts_with("nsubj")) {
        return;
    }
    let Some(verb) = kids(parse, clause).find(|&v| {
        v > clause
            && matches!(parse.tag(v), "VBD" | "VBZ" | "VBP")
            && matches!(parse.dep(v), "xcomp" | "ccomp" | "conj")
            && parse.word(v - 1) != ","
            && !kids(parse, v).any(|k| parse.dep(k).starts_with("nsubj") || matches!(parse.dep(k), "mark" | "cc"))
    }) else {
        return;
    };
    let stray_to: Vec<usize> = kids(parse, verb)
        .filter(|&k| k < verb && parse.tag(k) == "TO" && kids(parse, k).any(|o| parse.dep(o) == "pobj"))
        .collect();
    for to in stray_to {
        attach(parse, to, Some(clause), prep);
        parse.tokens[to].tag = in_tag;
    }
    let later: Vec<usize> = kids(parse, root).filter(|&c| c > verb).collect();
    // (The verb keeps its tag: "arrived", "remain".)
    let (_, root_label, nsubj) = ids;
    attach(parse, verb, None, root_label);
    attach(parse, root, Some(verb), nsubj);
    for c in later {
        parse.tokens[c].head = Some(verb);
    }
}

/// "the number of jets that France plans to hand over to Ukraine", read with
/// "that" as the complementizer of a clause on "number": a "that" clause with
/// a subject whose verb (or the infinitive it governs) has a particle or a
/// "to" but no object is a relative clause on the noun right before "that",
/// with "that" its verb's object.
pub fn relative_read_as_noun_complement(parse: &mut Parse) {
    let (Some(relcl), Some(dobj), Some(wdt)) = (label(parse, "relcl"), label(parse, "dobj"), tag_id(parse, "WDT"))
    else {
        return;
    };
    for w in 1..parse.len() {
        let Some(v) = parse.head(w) else { continue };
        let n = w - 1;
        if !parse.word(w).eq_ignore_ascii_case("that")
            || parse.dep(w) != "mark"
            || !matches!(parse.dep(v), "ccomp" | "acl")
            || !matches!(parse.tag(n), "NN" | "NNS")
            || !kids(parse, v).any(|k| k > w && parse.dep(k).starts_with("nsubj"))
        {
            continue;
        }
        // The verb with the gap: the clause's own, or the infinitive it governs ("plans to hand over").
        let mut e = v;
        while let Some(x) = kids(parse, e).find(|&x| parse.dep(x) == "xcomp" && parse.tag(x).starts_with("VB")) {
            e = x;
        }
        let gap = !kids(parse, e).any(|k| matches!(parse.dep(k), "dobj" | "ccomp"))
            && kids(parse, e)
                .any(|k| parse.dep(k) == "prt" || parse.dep(k) == "prep" && matches!(parse.lemma(k), "to" | "from"));
        if gap && !under_or_is(parse, v, n) {
            attach(parse, v, Some(n), relcl);
            attach(parse, w, Some(e), dobj);
            parse.tokens[w].tag = wdt;
        }
    }
}

/// "Egyptian military aircraft delivered arms to Mogadishu, and in October X
/// held a summit", read with the opening noun as the object of its own
/// modifier and "delivered" as a participle on it: a participle right after
/// the sentence's opening noun phrase, with a direct object of its own, is
/// the past tense of the first clause, the noun its subject (a clause joined
/// to the rest by the conjunction that was hung on the phrase).
pub fn opening_subject_read_as_object(parse: &mut Parse) {
    let (Some(ids), Some(amod), Some(compound), Some(det), Some(conj), Some(cc)) = (
        clause_ids(parse),
        label(parse, "amod"),
        label(parse, "compound"),
        label(parse, "det"),
        label(parse, "conj"),
        label(parse, "cc"),
    ) else {
        return;
    };
    let Some(v) = (1..parse.len().min(8)).find(|&v| parse.tag(v) == "VBN" && parse.dep(v) == "acl") else { return };
    let n = v - 1;
    if parse.head(v) != Some(n)
        || !matches!(parse.tag(n), "NN" | "NNS")
        || !kids(parse, v).any(|k| parse.dep(k) == "dobj")
        || (0..n).any(|t| !matches!(parse.tag(t), "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS"))
    {
        return;
    }
    // The opening phrase's top word, hung outside it.
    let Some(top) = (0..=n).find(|&t| parse.head(t).is_none_or(|h| h > v)) else { return };
    if top == n {
        return;
    }
    let head = parse.head(top);
    let joined: Vec<usize> = kids(parse, top).filter(|&k| k > v && parse.dep(k) == "cc").collect();
    if head.is_some() && joined.is_empty() {
        return;
    }
    for t in 0..n {
        let dep = match parse.tag(t) {
            "DT" => det,
            "JJ" => amod,
            _ => compound,
        };
        attach(parse, t, Some(n), dep);
    }
    let (vbd, root, nsubj) = ids;
    parse.tokens[v].tag = vbd;
    attach(parse, n, Some(v), nsubj);
    match head {
        // The rest is a clause of its own joined by the conjunction: "..., and in October X held".
        Some(h) if !joined.is_empty() => {
            attach(parse, v, None, root);
            attach(parse, h, Some(v), conj);
            for c in joined {
                attach(parse, c, Some(v), cc);
            }
            // (Its words before it stay with it.)
            for t in v + 1..h {
                if parse.head(t).is_some_and(|x| x <= n) {
                    parse.tokens[t].head = Some(v);
                }
            }
        }
        _ => attach(parse, v, None, root),
    }
}

/// "stands with its ally the Philippines", read with "the Philippines" as the
/// object of "ally" as if it were a preposition or a verb: a name hung on a
/// common noun right before it as an object is in apposition to it.
pub fn name_read_as_object_of_noun(parse: &mut Parse) {
    let Some(appos) = label(parse, "appos") else { return };
    for t in 1..parse.len() {
        let Some(h) = parse.head(t) else { continue };
        if matches!(parse.dep(t), "pobj" | "dobj")
            && matches!(parse.tag(t), "NNP" | "NNPS")
            && matches!(parse.tag(h), "NN" | "NNS")
            && h < t
            && (h + 1..t).all(|x| parse.head(x) == Some(t) && matches!(parse.tag(x), "DT" | "NNP" | "NNPS"))
        {
            parse.tokens[t].dep = appos;
        }
    }
}

/// "the clashes in Tripoli in May between X and Y", with "between" read on a
/// word before the clashes ("concern over the clashes ..."): a "between"
/// phrase read on a word before the nearest common noun before it, from which
/// only names of places, times and numbers in prepositional phrases separate
/// it, belongs to that noun (a name in between may be the phrase's own noun:
/// "progress under the Defence Agreement between X and Y").
pub fn between_after_place_and_time(parse: &mut Parse) {
    for b in 2..parse.len() {
        if parse.lemma(b) != "between" || parse.dep(b) != "prep" {
            continue;
        }
        let Some(n) = (1..b).rev().find(|&k| matches!(parse.tag(k), "NN" | "NNS") && !is_time_word(parse, k)) else {
            continue;
        };
        let filler =
            |k: usize| matches!(parse.tag(k), "IN" | "DT" | "NNP" | "NNPS" | "CD" | ",") || is_time_word(parse, k);
        // (A phrase opens right after the noun: "the clashes in Tripoli ... between".)
        if parse.head(b).is_some_and(|h| h < n) && n + 1 < b && parse.tag(n + 1) == "IN" && (n + 1..b).all(filler) {
            parse.tokens[b].head = Some(n);
        }
    }
}

/// "took part alongside the French Navy in the annual exercise", with the
/// exercise read on the partner: an "in" or "during" phrase naming an
/// exercise, operation or mission, hung on a name that is the object of a
/// verb's "alongside", "beside" or "with", is where the verb's action takes
/// place.
pub fn event_after_partner(parse: &mut Parse) {
    for prep in 1..parse.len() {
        if parse.dep(prep) != "prep" || !matches!(parse.lemma(prep), "in" | "during") {
            continue;
        }
        let event = (prep + 1..parse.len()).find(|&k| parse.head(k) == Some(prep) && parse.dep(k) == "pobj");
        if !event.is_some_and(|e| SHARED_EVENTS.contains(&parse.lemma(e))) {
            continue;
        }
        let Some(partner) =
            parse.head(prep).filter(|&n| matches!(parse.tag(n), "NNP" | "NNPS") && parse.dep(n) == "pobj")
        else {
            continue;
        };
        let Some(beside) = parse.head(partner).filter(|&b| matches!(parse.lemma(b), "alongside" | "beside" | "with"))
        else {
            continue;
        };
        if let Some(verb) = parse.head(beside).filter(|&v| parse.tag(v).starts_with("VB")) {
            parse.tokens[prep].head = Some(verb);
        }
    }
}

/// "took part in exercise Ataturk-XIV", "held exercise Cutlass Express", with
/// the word for the event read as a compound of the name after it: a common
/// noun naming a shared event (`SHARED_EVENTS`), right before a name it hangs
/// on (only name words between), heads the phrase, with the name in apposition
/// to it.
pub fn event_word_before_name(parse: &mut Parse) {
    let Some(appos) = label(parse, "appos") else { return };
    for t in 0..parse.len() {
        if parse.tag(t) != "NN" || parse.dep(t) != "compound" || !SHARED_EVENTS.contains(&parse.lemma(t)) {
            continue;
        }
        let Some(name) = parse.head(t).filter(|&h| h > t && matches!(parse.tag(h), "NNP" | "NNPS")) else { continue };
        if !(t + 1..name).all(|x| parse.head(x) == Some(name) && matches!(parse.tag(x), "NNP" | "NNPS" | "HYPH" | "CD"))
        {
            continue;
        }
        let (head, dep) = (parse.tokens[name].head, parse.tokens[name].dep);
        parse.tokens[t].head = head;
        parse.tokens[t].dep = dep;
        parse.tokens[name].head = Some(t);
        parse.tokens[name].dep = appos;
        // (What opened the phrase opens it still, "the annual exercise Cutlass Express"; and what
        // follows the name is said of the event, "exercise Khaan Quest, which Mongolia co-hosts",
        // "exercise Cutlass Express off Djibouti".)
        for x in (0..t).chain(name + 1..parse.len()) {
            if parse.head(x) == Some(name) && (x < t || matches!(parse.dep(x), "relcl" | "acl" | "prep")) {
                parse.tokens[x].head = Some(t);
            }
        }
    }
}

/// Events that several forces take part in together.
const SHARED_EVENTS: [&str; 9] =
    ["exercise", "drill", "manoeuvre", "maneuver", "operation", "mission", "patrol", "wargame", "training"];

/// "Turkey brokered a reconciliation, with Erdogan hosting both leaders in
/// Ankara", read with the name and the participle each hung on "with": in
/// an absolute clause after "with", the noun before the participle is its
/// subject ("with Erdogan hosting", "with the aid delivered by X").
pub fn absolute_clause_after_with(parse: &mut Parse) {
    let (Some(nsubj), Some(nsubjpass)) = (label(parse, "nsubj"), label(parse, "nsubjpass")) else { return };
    for w in 0..parse.len() {
        if parse.lemma(w) != "with" || parse.tag(w) != "IN" {
            continue;
        }
        let Some(n) =
            kids(parse, w).find(|&k| parse.dep(k) == "pobj" && matches!(parse.tag(k), "NN" | "NNS" | "NNP" | "NNPS"))
        else {
            continue;
        };
        let Some(v) =
            kids(parse, w).find(|&k| k > n && parse.dep(k) == "pcomp" && matches!(parse.tag(k), "VBG" | "VBN"))
        else {
            continue;
        };
        if kids(parse, v).any(|k| parse.dep(k).starts_with("nsubj")) {
            continue;
        }
        let dep = if parse.tag(v) == "VBN" { nsubjpass } else { nsubj };
        attach(parse, n, Some(v), dep);
    }
}

/// "hosted Sweden's Minister for Defence Pål Jonson and Finland's Minister
/// of Defence Antti Häkkänen", read with the second title joined to the name
/// inside the first ("for Defence Pål Jonson"): a conjunct with a possessor
/// of its own, joined to the object of "of" or "for" in a titled name that
/// also has a possessor, is joined to that whole name. So is one that is an
/// act with its own "of" ("Japan's donation of radars to Manila and
/// Canberra's delivery of boats"), joined to a name under an act with a
/// possessor: the two acts are the pair, Canberra no receiver of Japan's.
pub fn possessed_conjunct_of_title(parse: &mut Parse) {
    let has_poss = |parse: &Parse, x: usize| kids(parse, x).any(|k| parse.dep(k) == "poss");
    for c in 0..parse.len() {
        let Some(h) = parse.head(c) else { continue };
        if parse.dep(c) != "conj" || !has_poss(parse, c) || parse.dep(h) != "pobj" || has_poss(parse, h) {
            continue;
        }
        let act = parse.tag(c).starts_with("NN") && kids(parse, c).any(|k| parse.lemma(k) == "of");
        // Up through the prepositional phrases of the noun above (of/for a title, also to/from
        // an act).
        let mut y = h;
        let mut top = None;
        for _ in 0..3 {
            let Some(prep) = parse
                .head(y)
                .filter(|&q| matches!(parse.lemma(q), "of" | "for") || act && matches!(parse.lemma(q), "to" | "from"))
            else {
                break;
            };
            let Some(t) = parse.head(prep) else { break };
            if has_poss(parse, t) && (parse.tag(t).starts_with("NNP") || act && parse.tag(t).starts_with("NN")) {
                top = Some(t);
                break;
            }
            if !act || parse.dep(t) != "pobj" {
                break;
            }
            y = t;
        }
        let Some(top) = top else { continue };
        let moved: Vec<usize> =
            kids(parse, h).filter(|&k| k > h && k < c && matches!(parse.dep(k), "cc" | "punct")).collect();
        parse.tokens[c].head = Some(top);
        for k in moved {
            parse.tokens[k].head = Some(top);
        }
    }
}

/// "During Cold Response, Norwegian, Danish and Dutch marines trained
/// together", read with "Norwegian" an apposition of the opening phrase's
/// noun: a capitalised word with a comma after it, hung as an apposition or
/// conjunct on a noun before it, right before a list of modifiers of a noun
/// ("Danish and Dutch"), is the list's first member.
pub fn list_member_read_as_apposition(parse: &mut Parse) {
    let Some(conj) = label(parse, "conj") else { return };
    for t in 1..parse.len().saturating_sub(2) {
        let Some(h) = parse.head(t) else { continue };
        if !matches!(parse.dep(t), "appos" | "conj")
            || h > t
            || parse.word(t + 1) != ","
            || !parse.word(t).starts_with(char::is_uppercase)
            || kids(parse, t).next().is_some_and(|k| k != t + 1)
        {
            continue;
        }
        let first = t + 2;
        let listed = matches!(parse.dep(first), "amod" | "nmod" | "compound")
            && parse.word(first).starts_with(char::is_uppercase)
            && kids(parse, first).any(|k| parse.dep(k) == "cc")
            && parse.head(first).is_some_and(|n| n > first && parse.tag(n).starts_with("NN") && n != h);
        if listed {
            attach(parse, t, Some(first), conj);
            parse.tokens[t + 1].head = Some(first);
        }
    }
}

/// "Finland holds Russia responsible for the sabotage", read with
/// "responsible" a modifier of "Russia": an adjective right after a verb's
/// object that is a name or a pronoun (which take no adjective after them)
/// says what the verb makes of the object, its object predicate. So does
/// one that took the name as its own compound ("holds Moscow accountable",
/// "held Pyongyang responsible").
pub fn object_predicate_read_as_modifier(parse: &mut Parse) {
    let (Some(oprd), Some(dobj)) = (label(parse, "oprd"), label(parse, "dobj")) else { return };
    for a in 1..parse.len() {
        let o = a - 1;
        // (Or the name hung on the adjective, the adjective on the verb: "holds Moscow accountable".)
        if parse.tag(a) == "JJ"
            && matches!(parse.dep(a), "acomp" | "oprd" | "dobj")
            && parse.head(o) == Some(a)
            && parse.dep(o) == "compound"
            && matches!(parse.tag(o), "NNP" | "NNPS" | "PRP")
        {
            let Some(v) = parse.head(a).filter(|&v| parse.tag(v).starts_with("VB")) else { continue };
            if kids(parse, v).any(|k| k != a && parse.dep(k) == "dobj") {
                continue;
            }
            attach(parse, o, Some(v), dobj);
            attach(parse, a, Some(v), oprd);
            continue;
        }
        if parse.tag(a) != "JJ" || parse.dep(a) != "amod" || parse.head(a) != Some(o) {
            continue;
        }
        if !matches!(parse.tag(o), "NNP" | "NNPS" | "PRP") {
            continue;
        }
        if parse.dep(o) == "dobj" {
            let Some(v) = parse.head(o).filter(|&v| parse.tag(v).starts_with("VB")) else { continue };
            attach(parse, a, Some(v), oprd);
            continue;
        }
        // (Or the name, right after a verb with no object, hung elsewhere: '"We hold Russia
        // responsible ...," the minister told reporters', "Russia" read as the subject of "told".)
        let Some(v) = o.checked_sub(1) else { continue };
        if parse.tag(v).starts_with("VB") && !kids(parse, v).any(|k| parse.dep(k) == "dobj") {
            attach(parse, o, Some(v), dobj);
            attach(parse, a, Some(v), oprd);
        }
    }
}

/// "Further north, Finland has relied on LNG cargoes from ...", read with
/// "north" a second (passive) subject of the verb: of two subjects, the first
/// closed off by a comma before the second is a fronted adverbial phrase.
pub fn fronted_adverbial_read_as_subject(parse: &mut Parse) {
    let Some(npadvmod) = label(parse, "npadvmod") else { return };
    for v in 0..parse.len() {
        let subjects: Vec<usize> =
            kids(parse, v).filter(|&k| k < v && matches!(parse.dep(k), "nsubj" | "nsubjpass")).collect();
        let [first, second] = subjects[..] else { continue };
        let comma = (first + 1..second).find(|&c| parse.word(c) == ",");
        let own = |c: usize| (first + 1..c).all(|x| parse.head(x) == Some(first) || parse.head(x) == Some(v));
        if comma.is_some_and(own) && !parse.tag(first).starts_with("NNP") && parse.tag(first) != "PRP" {
            parse.tokens[first].dep = npadvmod;
        }
    }
}

/// "the Economic Community of West African States (ECOWAS) and the
/// Alliance of Sahel States", with the acronym and the second name joined to
/// the last word of the first name: an acronym in brackets after a name
/// whose last words hang on "of" names the whole name, and a conjunct after it
/// joins the whole name.
pub fn conjunct_after_acronym(parse: &mut Parse) {
    for a in 2..parse.len().saturating_sub(1) {
        let Some(n) = parse.head(a) else { continue };
        let acronym = parse.word(a).len() > 1 && parse.word(a).chars().all(|c| c.is_ascii_uppercase());
        if !acronym || parse.dep(a) != "appos" || parse.word(a - 1) != "(" || parse.word(a + 1) != ")" {
            continue;
        }
        let mut top = n;
        while parse.dep(top) == "pobj" {
            let Some(of) = parse.head(top).filter(|&q| parse.lemma(q) == "of") else { break };
            match parse.head(of).filter(|&h| parse.tag(h).starts_with("NNP")) {
                Some(h) => top = h,
                None => break,
            }
        }
        if top == n {
            continue;
        }
        let moved: Vec<usize> = kids(parse, n).filter(|&k| k > a && matches!(parse.dep(k), "cc" | "conj")).collect();
        parse.tokens[a].head = Some(top);
        for k in moved {
            parse.tokens[k].head = Some(top);
        }
    }
}

/// "recalls the talks between Somalia and Ethiopia convened in Ankara", read
/// with "Ethiopia convened" as a clause joined to the main verb: a name after
/// "and" right after a "between" phrase's first member, the subject of a past
/// form right after it with no object, is that member's conjunct, and the
/// past form a participle on the noun the pair is "between" of.
pub fn clause_read_after_between_pair(parse: &mut Parse) {
    let (Some(conj), Some(cc), Some(acl), Some(vbn)) =
        (label(parse, "conj"), label(parse, "cc"), label(parse, "acl"), tag_id(parse, "VBN"))
    else {
        return;
    };
    for b in 2..parse.len().saturating_sub(1) {
        let (and, v) = (b - 1, b + 1);
        if !matches!(parse.tag(b), "NNP" | "NNPS")
            || parse.dep(b) != "nsubj"
            || parse.head(b) != Some(v)
            || !matches!(parse.tag(v), "VBD" | "VBN")
            || !parse.word(and).eq_ignore_ascii_case("and")
            || kids(parse, v).any(|k| matches!(parse.dep(k), "dobj" | "ccomp" | "xcomp"))
        {
            continue;
        }
        // The pair's first member: the object of "between" that ends right before "and".
        let Some(a) = (0..and).rev().find(|&x| parse.dep(x) == "pobj") else { continue };
        let Some(noun) = parse
            .head(a)
            .filter(|&w| parse.lemma(w) == "between")
            .and_then(|w| parse.head(w))
            .filter(|&n| parse.tag(n).starts_with("NN"))
        else {
            continue;
        };
        if (a + 1..and).any(|x| !under_or_is(parse, a, x)) || under_or_is(parse, v, noun) {
            continue;
        }
        attach(parse, b, Some(a), conj);
        attach(parse, and, Some(a), cc);
        attach(parse, v, Some(noun), acl);
        parse.tokens[v].tag = vbn;
    }
}

/// "The war between the Ethiopian government and the TPLF killed thousands",
/// read with "the TPLF" a second subject of the verb: a subject after "and",
/// when the verb's other subject is a noun whose "between" phrase ends with
/// that "and" (its object has it and no conjunct), is that object's conjunct.
/// Also when the parse made the noun the root and hung the verb as a clause
/// on the "between" object ("The war between the army and the RSF has
/// displaced millions"): the verb is the root, the noun its subject.
pub fn between_member_read_as_subject(parse: &mut Parse) {
    let (Some(conj), Some(nsubj), Some(root)) = (label(parse, "conj"), label(parse, "nsubj"), label(parse, "root"))
    else {
        return;
    };
    for b in 2..parse.len() {
        let Some(v) = parse.head(b).filter(|_| parse.dep(b) == "nsubj") else { continue };
        let Some(and) = (0..b).rev().find(|&x| !under_or_is(parse, b, x)) else { continue };
        let Some(a) = parse.head(and) else { continue };
        let Some(noun) = parse
            .head(a)
            .filter(|&w| parse.dep(a) == "pobj" && parse.lemma(w) == "between")
            .and_then(|w| parse.head(w))
            .filter(|&n| n < a)
        else {
            continue;
        };
        let subject = parse.head(noun) == Some(v) && parse.dep(noun) == "nsubj";
        let clause_on_pair = parse.head(noun).is_none() && parse.head(v) == Some(a) && parse.tag(v).starts_with("VB");
        if parse.dep(and) != "cc"
            || !(subject || clause_on_pair)
            || kids(parse, a).any(|k| parse.dep(k) == "conj")
            || (a + 1..and).any(|x| !under_or_is(parse, a, x))
        {
            continue;
        }
        attach(parse, b, Some(a), conj);
        if clause_on_pair {
            let on_noun: Vec<usize> = kids(parse, noun).filter(|&k| k > v).collect();
            attach(parse, v, None, root);
            attach(parse, noun, Some(v), nsubj);
            for k in on_noun {
                parse.tokens[k].head = Some(v);
            }
        }
    }
}

/// "stands with our ally the Philippines and urged Beijing to ...", read with
/// "the Philippines" as the subject of "urged" (its "and" hung on the name): a
/// name right after a common noun object, with the conjunction of the verb
/// after it, is in apposition to the noun, and that verb is joined to the verb
/// the noun's phrase hangs on.
pub fn name_after_noun_read_as_subject(parse: &mut Parse) {
    let (Some(appos), Some(conj), Some(cc)) = (label(parse, "appos"), label(parse, "conj"), label(parse, "cc")) else {
        return;
    };
    for t in 1..parse.len() {
        let Some(v) = parse.head(t).filter(|&v| v > t && matches!(parse.tag(v), "VBD" | "VBZ" | "VBP")) else {
            continue;
        };
        if !matches!(parse.tag(t), "NNP" | "NNPS") || parse.dep(t) != "nsubj" {
            continue;
        }
        let Some(and) = kids(parse, t).find(|&k| k > t && k < v && parse.dep(k) == "cc") else { continue };
        // (Not the "and" of a list of names: "under the pact Mali and Niger signed".)
        if kids(parse, t).any(|k| parse.dep(k) == "conj") {
            continue;
        }
        let n = if parse.tag(t - 1) == "DT" { t.saturating_sub(2) } else { t - 1 };
        if !matches!(parse.tag(n), "NN" | "NNS") || !matches!(parse.dep(n), "pobj" | "dobj") {
            continue;
        }
        let mut w = n;
        while let Some(h) = parse.head(w).filter(|_| !parse.tag(w).starts_with("VB")) {
            w = h;
        }
        if !parse.tag(w).starts_with("VB") || w == v || under_or_is(parse, v, w) {
            continue;
        }
        attach(parse, t, Some(n), appos);
        attach(parse, and, Some(w), cc);
        attach(parse, v, Some(w), conj);
    }
}

/// "denied reports circulated by some outlets that Egypt had bought jets",
/// read with the "that" clause on the outlets: a clause opened by the
/// complementiser "that" with a subject and an object of its own (no gap: in
/// "mortars that Rwanda supplied" it is a relative clause), on the object of a
/// participle phrase that describes a noun, says what that noun says.
pub fn complement_clause_after_participle_phrase(parse: &mut Parse) {
    for c in 1..parse.len() {
        if parse.dep(c) != "acl"
            || !kids(parse, c).any(|k| parse.dep(k) == "mark" && parse.lemma(k) == "that")
            || !kids(parse, c).any(|k| parse.dep(k) == "nsubj")
            || !kids(parse, c)
                .any(|k| matches!(parse.dep(k), "dobj" | "ccomp" | "xcomp" | "attr" | "acomp" | "auxpass"))
        {
            continue;
        }
        let Some(n) = parse.head(c).filter(|&n| parse.dep(n) == "pobj") else { continue };
        let Some(pp) = parse.head(n).filter(|&pp| matches!(parse.dep(pp), "agent" | "prep")) else { continue };
        let Some(v) = parse.head(pp).filter(|&v| parse.dep(v) == "acl" && parse.tag(v) == "VBN") else { continue };
        let Some(noun) = parse.head(v).filter(|&x| parse.tag(x).starts_with("NN")) else { continue };
        parse.tokens[c].head = Some(noun);
    }
}

/// "The minister received at the Tahrir Palace H.E. Sheikh Ahmed Al Thani",
/// the object put after the place and read as one name with it: in the name
/// of a place after "at" or "in" on a verb with no object (or on the place
/// such a phrase names: "at the palace in Jeddah H.E. ..."), an honorific or
/// title after the place's words opens the verb's object; so does a titled
/// name read as the place's apposition with no comma between ("at the
/// ministry's headquarters Mr. John Smith").
pub fn object_after_place(parse: &mut Parse) {
    const TITLES: [&str; 24] = [
        "H.E.",
        "HE",
        "Sheikh",
        "Shaikh",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Dr",
        "Dr.",
        "Sir",
        "President",
        "Prime",
        "Minister",
        "Emir",
        "Amir",
        "Sultan",
        "Crown",
        "Chancellor",
        "Ambassador",
        "General",
        "Admiral",
    ];
    let (Some(pobj), Some(dobj)) = (label(parse, "pobj"), label(parse, "dobj")) else { return };
    for pp in 1..parse.len() {
        if parse.dep(pp) != "prep" || !matches!(parse.lemma(pp), "at" | "in") {
            continue;
        }
        // The verb the place phrase is on, directly or through the place before it.
        let Some(v) = parse.head(pp).and_then(|h| match parse.dep(h) {
            "pobj" => parse.head(h).filter(|&q| parse.dep(q) == "prep").and_then(|q| parse.head(q)),
            _ => Some(h),
        }) else {
            continue;
        };
        if !parse.tag(v).starts_with("VB") || v > pp || kids(parse, v).any(|k| parse.dep(k) == "dobj") {
            continue;
        }
        let Some(o) = kids(parse, pp).find(|&k| parse.dep(k) == "pobj" && parse.tag(k).starts_with("NN")) else {
            continue;
        };
        let titled = |n: usize| {
            let first = (0..n).rev().take_while(|&k| parse.head(k) == Some(n) && parse.dep(k) == "compound").last();
            first.is_some_and(|f| TITLES.contains(&parse.word(f)))
        };
        let apposed = kids(parse, o)
            .find(|&n| n > o && parse.dep(n) == "appos" && titled(n) && (o + 1..n).all(|x| parse.head(x) == Some(n)));
        if let Some(n) = apposed {
            attach(parse, n, Some(v), dobj);
            continue;
        }
        if parse.tag(o) != "NNP" {
            continue;
        }
        let names: Vec<usize> = kids(parse, o).filter(|&k| k < o && parse.dep(k) == "compound").collect();
        // The title must follow a word of the place, each word in between a word of the name.
        let Some(&t) = names.iter().find(|&&k| TITLES.contains(&parse.word(k))) else { continue };
        if t == names[0] || !(names[0]..o).all(|x| names.contains(&x)) {
            continue;
        }
        let place = t - 1;
        let before: Vec<usize> = kids(parse, o).filter(|&k| k < place).collect();
        for k in before {
            parse.tokens[k].head = Some(place);
        }
        attach(parse, place, Some(pp), pobj);
        attach(parse, o, Some(v), dobj);
    }
}

/// "received in Paris Benin's defence minister", "hosted in Ankara his
/// Azerbaijani counterpart": the object put after a place's name and read as
/// part of the place's phrase or left hanging on the full stop. On a verb with
/// no object and a phrase "in" or "at" a name right after it, a noun phrase
/// that follows the name and hangs on punctuation, on the name or on the
/// preposition as a second object is the verb's object; so is a phrase whose possessor took the
/// place as its one compound ("Paris Benin's"), when the verb hosts or meets.
pub fn object_after_place_name(parse: &mut Parse) {
    const HOSTS: [&str; 5] = ["receive", "host", "welcome", "meet", "greet"];
    let (Some(pobj), Some(dobj)) = (label(parse, "pobj"), label(parse, "dobj")) else { return };
    for pp in 1..parse.len().saturating_sub(2) {
        let Some(v) = parse.head(pp) else { continue };
        if parse.dep(pp) != "prep"
            || !matches!(parse.lemma(pp), "at" | "in")
            || !parse.tag(v).starts_with("VB")
            || v > pp
            || kids(parse, v).any(|k| parse.dep(k) == "dobj")
        {
            continue;
        }
        let named = kids(parse, pp).find(|&k| {
            parse.dep(k) == "pobj" && parse.tag(k) == "NNP" && (pp + 1..k).all(|x| parse.head(x) == Some(k))
        });
        if let Some(place) = named {
            // A noun after the name, every word between it and the name its own.
            let hanging = (place + 1..parse.len()).find(|&n| {
                parse.tag(n).starts_with("NN")
                    && parse.head(n).is_some_and(|h| {
                        parse.tag(h) == "." || parse.tag(h) == "," || h == pp || h == place && parse.dep(n) == "pobj"
                    })
            });
            if let Some(n) = hanging.filter(|&n| (place + 1..n).all(|x| under_or_is(parse, n, x))) {
                attach(parse, n, Some(v), dobj);
            }
            continue;
        }
        let place = pp + 1;
        if !HOSTS.contains(&parse.lemma(v)) {
            continue;
        }
        let Some(o) = kids(parse, pp).find(|&k| parse.dep(k) == "pobj" && parse.tag(k).starts_with("NN")) else {
            continue;
        };
        let Some(owner) = kids(parse, o).find(|&k| parse.dep(k) == "poss" && parse.tag(k) == "NNP") else { continue };
        let before: Vec<usize> = kids(parse, owner).filter(|&k| k < owner).collect();
        if before == [place] && place + 1 == owner && parse.tag(place) == "NNP" && parse.dep(place) == "compound" {
            attach(parse, place, Some(pp), pobj);
            attach(parse, o, Some(v), dobj);
        }
    }
}

/// "received H.E. Ali Hassan, the Foreign Minister of Sudan, on Sunday", with
/// the office read as an adverbial of the verb or as a conjunct of the name
/// (no "and"): a phrase headed by a word of office right after the comma that
/// closes a name is the name's apposition.
pub fn office_read_as_adverb(parse: &mut Parse) {
    const OFFICES: [&str; 12] = [
        "Minister",
        "Ambassador",
        "President",
        "Secretary",
        "Envoy",
        "Chief",
        "Head",
        "Director",
        "Governor",
        "Commander",
        "Chairman",
        "Spokesman",
    ];
    let Some(appos) = label(parse, "appos") else { return };
    for t in 2..parse.len() {
        let Some(h) = parse.head(t) else { continue };
        if !matches!(parse.dep(t), "npadvmod" | "conj") || !OFFICES.contains(&parse.word(t)) {
            continue;
        }
        let first = (0..t).find(|&x| under_or_is(parse, t, x)).unwrap_or(t);
        if first < 2 || parse.word(first - 1) != "," || parse.tag(first - 2) != "NNP" {
            continue;
        }
        let name = first - 2;
        let fits = match parse.dep(t) {
            "conj" => h == name && !kids(parse, name).any(|k| parse.dep(k) == "cc"),
            _ => parse.head(name) == Some(h) && matches!(parse.dep(name), "dobj" | "nsubj" | "pobj"),
        };
        if fits {
            attach(parse, t, Some(name), appos);
        }
    }
}

/// "Police repelled a dawn assault by the Viv Ansanm gang", read with "by" on
/// the verb: a verb in the active voice has no agent phrase, so a "by" right
/// after its object, an act ("assault", "sale", "visit", ...), with a name
/// for object ("by the X coalition", "by Israel"; not "by 5%", "by sea" or
/// "by Friday"), names the object's doer.
pub fn agent_of_object(parse: &mut Parse) {
    // Nouns of acts that have a doer (not "increased borrowing by Indonesia", which a verb may link
    // to anything).
    const EVENTS: [&str; 22] = [
        "assault",
        "attack",
        "offensive",
        "raid",
        "incursion",
        "advance",
        "push",
        "strike",
        "bombardment",
        "invasion",
        "attempt",
        "bid",
        "visit",
        "decision",
        "move",
        "sale",
        "offer",
        "proposal",
        "deployment",
        "delivery",
        "crackdown",
        "ambush",
    ];
    for b in 2..parse.len() {
        let Some(v) = parse.head(b) else { continue };
        if parse.lemma(b) != "by"
            || !matches!(parse.dep(b), "prep" | "agent")
            || !parse.tag(v).starts_with("VB")
            || parse.tag(v) == "VBN" && kids(parse, v).any(|k| matches!(parse.dep(k), "auxpass" | "aux"))
            || kids(parse, v).any(|k| parse.dep(k) == "auxpass")
        {
            continue;
        }
        let Some(o) = kids(parse, v).find(|&k| k < b && parse.dep(k) == "dobj" && EVENTS.contains(&parse.lemma(k)))
        else {
            continue;
        };
        // The object's phrase ends right before "by".
        if !(o + 1..b).all(|x| under_or_is(parse, o, x)) {
            continue;
        }
        let Some(n) = kids(parse, b).find(|&k| parse.dep(k) == "pobj") else { continue };
        let named = parse.tag(n).starts_with("NNP") || kids(parse, n).any(|k| parse.tag(k).starts_with("NNP"));
        if named && parse.word(n).chars().next().is_some_and(|c| c.is_alphabetic()) && !is_time_word(parse, n) {
            parse.tokens[b].head = Some(o);
            if let Some(prep) = label(parse, "prep") {
                parse.tokens[b].dep = prep;
            }
        }
    }
}

/// "signed a contract worth $4 billion with Saab", read with "with Saab" on
/// "worth": a phrase after an amount says nothing of the worth (except "of"),
/// so a preposition on "worth" belongs to the noun that is worth it.
pub fn preposition_on_worth(parse: &mut Parse) {
    for w in 1..parse.len() {
        if !parse.word(w).eq_ignore_ascii_case("worth") || parse.dep(w) != "amod" {
            continue;
        }
        let Some(n) = parse.head(w).filter(|&n| parse.tag(n).starts_with("NN")) else { continue };
        // ("worth about €900 million with X", read with the amount hung on a later verb as its
        // object: the amount after "worth", its sign and approximation, is the worth's.)
        let run = (w + 1..parse.len())
            .take_while(|&t| matches!(parse.tag(t), "CD" | "$") || parse.tag(t) == "IN" && t == w + 1)
            .last()
            .filter(|&m| parse.tag(m) == "CD");
        if let Some(m) = run.filter(|&m| parse.head(m).is_some_and(|h| h > m && !matches!(parse.tag(h), "CD" | "$"))) {
            if let Some(npadvmod) = label(parse, "npadvmod") {
                attach(parse, m, Some(w), npadvmod);
                let moved: Vec<usize> =
                    kids(parse, m).filter(|&k| k > m && parse.dep(k) == "prep" && parse.lemma(k) != "of").collect();
                for k in moved {
                    parse.tokens[k].head = Some(n);
                }
            }
        }
        let moved: Vec<usize> =
            kids(parse, w).filter(|&k| k > w && parse.dep(k) == "prep" && parse.lemma(k) != "of").collect();
        for k in moved {
            parse.tokens[k].head = Some(n);
        }
        // ("worth about $250 million for 20 howitzers", read with "about" on the noun and "for" on
        // the amount: so is a phrase on the amount an approximation governs.)
        let approximation = |q: usize| {
            q > w
                && parse.dep(q) == "prep"
                && matches!(
                    parse.lemma(q),
                    "about" | "around" | "nearly" | "roughly" | "approximately" | "almost" | "over"
                )
        };
        let amounts: Vec<usize> = kids(parse, n)
            .filter(|&q| approximation(q))
            .flat_map(|q| kids(parse, q).filter(|&m| parse.dep(m) == "pobj").collect::<Vec<_>>())
            .collect();
        for m in amounts {
            let moved: Vec<usize> =
                kids(parse, m).filter(|&k| k > m && parse.dep(k) == "prep" && parse.lemma(k) != "of").collect();
            for k in moved {
                parse.tokens[k].head = Some(n);
            }
        }
    }
}

/// "signed a contract with Saab on 14 November for 17 fighters", read with
/// "for" on the verb or on the date: after a verb whose object is a contract,
/// an order or a deal, a "for" phrase names what the contract is for.
pub fn purpose_of_contract(parse: &mut Parse) {
    const CONTRACTS: [&str; 5] = ["contract", "order", "deal", "agreement", "tender"];
    for f in 2..parse.len() {
        if parse.lemma(f) != "for" || parse.dep(f) != "prep" {
            continue;
        }
        // On the verb, or on the date of a time phrase on it ("on 3 March for 40 howitzers").
        let Some(v) = parse.head(f).and_then(|h| {
            let time = parse.lemma(h).to_lowercase();
            if parse.dep(h) == "pobj"
                && (TIME_WORDS.contains(&time.as_str()) || matches!(time.as_str(), "day" | "week" | "month" | "year"))
            {
                parse.head(h).filter(|&q| parse.dep(q) == "prep").and_then(|q| parse.head(q))
            } else {
                Some(h)
            }
        }) else {
            continue;
        };
        if !parse.tag(v).starts_with("VB") {
            continue;
        }
        let contract = kids(parse, v).find(|&k| k < f && parse.dep(k) == "dobj" && CONTRACTS.contains(&parse.lemma(k)));
        if let Some(o) = contract {
            parse.tokens[f].head = Some(o);
        }
    }
}

/// "took delivery of six fighters this month, built by Lockheed Martin",
/// read with "built" as a second verb joined to "took": a past participle
/// with an agent and no subject, auxiliary or "and", after a comma, describes
/// the last noun of the verb's object.
pub fn participle_read_as_conjunct(parse: &mut Parse) {
    let Some(acl) = label(parse, "acl") else { return };
    for p in 2..parse.len() {
        let Some(v) = parse.head(p) else { continue };
        if parse.dep(p) != "conj"
            || parse.tag(p) != "VBN"
            || parse.word(p - 1) != ","
            || !parse.tag(v).starts_with("VB")
            || !kids(parse, p).any(|k| parse.dep(k) == "agent")
            || kids(parse, p).any(|k| matches!(parse.dep(k), "nsubj" | "nsubjpass" | "aux" | "auxpass"))
            || kids(parse, v).any(|k| parse.dep(k) == "cc" && k < p)
        {
            continue;
        }
        let Some(o) = kids(parse, v).find(|&k| k < p && parse.dep(k) == "dobj") else { continue };
        let Some(n) = (o..p).rev().find(|&x| parse.tag(x).starts_with("NN") && under_or_is(parse, o, x)) else {
            continue;
        };
        attach(parse, p, Some(n), acl);
    }
}

/// "staged their third air, naval and cyber exercise in September", read
/// with "air" as the object and "exercise" as an adverbial: a noun object
/// followed by a comma and a list of modifiers ending in a noun the parse hung
/// on the same verb is the first of that noun's modifiers; the noun is the
/// object and takes the object's determiners and modifiers.
pub fn object_read_as_modifier_list(parse: &mut Parse) {
    let (Some(dobj), Some(compound)) = (label(parse, "dobj"), label(parse, "compound")) else { return };
    for x in 1..parse.len().saturating_sub(2) {
        let Some(v) = parse.head(x) else { continue };
        if parse.dep(x) != "dobj" || parse.tag(x) != "NN" || parse.word(x + 1) != "," || !parse.tag(v).starts_with("VB")
        {
            continue;
        }
        let Some(n) =
            kids(parse, v).find(|&n| n > x + 1 && parse.dep(n) == "npadvmod" && parse.tag(n).starts_with("NN"))
        else {
            continue;
        };
        // Between them only the list's words, each on the noun or on the object.
        let list = (x + 1..n).all(|t| {
            (under_or_is(parse, n, t) || under_or_is(parse, x, t))
                && matches!(parse.tag(t), "," | "CC" | "JJ" | "NN" | "NNP")
        });
        if !list || !(x + 2..n).any(|t| parse.tag(t) == "CC") {
            continue;
        }
        let before: Vec<usize> = kids(parse, x).filter(|&k| k < x).collect();
        for k in before {
            parse.tokens[k].head = Some(n);
        }
        attach(parse, n, Some(v), dobj);
        attach(parse, x, Some(n), compound);
    }
}

/// "Argentina's contract with CNNC to build a reactor has been frozen", read
/// with "build" as the main verb (the contract its subject) and "frozen"
/// joined to it: an infinitive has no subject, so a root infinitive with a
/// subject before its "to", joined to a later verb with an auxiliary and no
/// subject of its own, describes that subject, and the later verb is the main
/// verb.
pub fn infinitive_read_as_main_verb(parse: &mut Parse) {
    let (Some(root), Some(acl), Some(nsubj), Some(nsubjpass)) =
        (label(parse, "root"), label(parse, "acl"), label(parse, "nsubj"), label(parse, "nsubjpass"))
    else {
        return;
    };
    let Some(r) = root_of(parse) else { return };
    if parse.tag(r) != "VB" || r < 2 || parse.tag(r - 1) != "TO" || parse.head(r - 1) != Some(r) {
        return;
    }
    let Some(s) = kids(parse, r).find(|&k| k < r && parse.dep(k) == "nsubj") else { return };
    let Some(c) = kids(parse, r).find(|&k| {
        k > r
            && parse.dep(k) == "conj"
            && parse.tag(k).starts_with("VB")
            && kids(parse, k).any(|a| matches!(parse.tag(a), "VBZ" | "VBD" | "VBP" | "MD") && parse.dep(a) == "aux")
            && !kids(parse, k).any(|a| parse.dep(a).starts_with("nsubj"))
    }) else {
        return;
    };
    let passive = kids(parse, c).any(|a| parse.dep(a) == "auxpass");
    let later: Vec<usize> = kids(parse, r).filter(|&k| k > c).collect();
    for k in later {
        parse.tokens[k].head = Some(c);
    }
    parse.tokens[c].head = None;
    parse.tokens[c].dep = root;
    attach(parse, s, Some(c), if passive { nsubjpass } else { nsubj });
    attach(parse, r, Some(s), acl);
}

/// "Moscow condemned the American strikes as ...", read with "strikes" as the
/// verb of a clause whose subject is "the American": a word in "-s" that may
/// be a plural noun, read as the object-less verb of a clause under a verb,
/// right after a one-word subject with "the" before it that is a name or an
/// adjective, is that verb's object, with the word before as its modifier.
pub fn object_read_as_clause(parse: &mut Parse) {
    let (Some(dobj), Some(amod), Some(nns)) = (label(parse, "dobj"), label(parse, "amod"), tag_id(parse, "NNS")) else {
        return;
    };
    for w in 2..parse.len() {
        let (n, d) = (w - 1, w - 2);
        let Some(v) = parse.head(w) else { continue };
        let bare = || {
            !kids(parse, w).any(|k| {
                matches!(parse.dep(k), "dobj" | "nsubjpass" | "ccomp" | "xcomp" | "aux" | "auxpass" | "dative" | "attr")
            })
        };
        if parse.tag(w) != "VBZ"
            || parse.dep(w) != "ccomp"
            || !parse.tag(v).starts_with("VB")
            || kids(parse, v).any(|k| parse.dep(k) == "dobj")
            || !bare()
            || parse.head(n) != Some(w)
            || parse.dep(n) != "nsubj"
            || !matches!(parse.tag(n), "NNP" | "JJ")
            || !parse.word(d).eq_ignore_ascii_case("the")
            || parse.head(d) != Some(n)
            || !may_be_plural_noun(parse, w)
        {
            continue;
        }
        retag_in_s(parse, w, nns);
        attach(parse, w, Some(v), dobj);
        attach(parse, n, Some(w), amod);
        parse.tokens[d].head = Some(w);
    }
}

/// "staged the trilateral special forces exercise with Azerbaijani troops" or
/// "handed over a batch of its ATAGS towed howitzers to the army", read with
/// "exercise" or "towed" as a verb joined to the main verb with no "and" or
/// comma between: such a conjunct, with no subject of its own, right after a
/// noun of the main verb's object is part of that noun's phrase. A word that
/// may be a singular noun heads the phrase ("forces exercise"); a participle
/// with a noun object right after it modifies that noun, which heads the
/// phrase, and the phrases after it go back to the main verb.
pub fn verb_joined_without_coordinator(parse: &mut Parse) {
    let (Some(nn), Some(vbn), Some(compound), Some(amod)) =
        (tag_id(parse, "NN"), tag_id(parse, "VBN"), label(parse, "compound"), label(parse, "amod"))
    else {
        return;
    };
    for v in 2..parse.len() {
        let (Some(h), n) = (parse.head(v), v - 1) else { continue };
        if parse.dep(v) != "conj"
            || h >= n
            || !parse.tag(h).starts_with("VB")
            || (h + 1..v).any(|t| matches!(parse.tag(t), "CC" | "," | ":"))
            || kids(parse, v).any(|k| matches!(parse.dep(k), "nsubj" | "nsubjpass" | "aux" | "auxpass"))
            || !matches!(parse.tag(n), "NN" | "NNS" | "NNP" | "NNPS")
            || !matches!(parse.dep(n), "dobj" | "pobj")
            || !under_or_is(parse, h, n)
        {
            continue;
        }
        let word = parse.word(v).to_lowercase();
        let head_of_phrase = if matches!(parse.tag(v), "VB" | "VBP") && dictionary_allows(parse, &word, "NN") {
            parse.tokens[v].tag = nn;
            v
        } else if matches!(parse.tag(v), "VBD" | "VBN")
            && (word.ends_with("ed") || dictionary_allows(parse, &word, "VBN"))
            && v + 1 < parse.len()
            && parse.head(v + 1) == Some(v)
            && parse.dep(v + 1) == "dobj"
            && parse.tag(v + 1).starts_with("NN")
        {
            let o = v + 1;
            let after: Vec<usize> = kids(parse, v).filter(|&k| k > o).collect();
            for k in after {
                parse.tokens[k].head = Some(h);
            }
            parse.tokens[v].tag = vbn;
            attach(parse, v, Some(o), amod);
            o
        } else {
            continue;
        };
        let before: Vec<usize> = kids(parse, n).filter(|&k| k < n).collect();
        for k in before {
            parse.tokens[k].head = Some(head_of_phrase);
        }
        let (nh, nd) = (parse.head(n), parse.tokens[n].dep);
        attach(parse, head_of_phrase, nh, nd);
        attach(parse, n, Some(head_of_phrase), compound);
    }
}

/// "Embraer handed over the first of six jets", read with "over the first"
/// as a place: after "hand" or "turn", an "over" with no object of the verb
/// before it is the verb's particle, and its object the verb's.
pub fn particle_read_as_preposition(parse: &mut Parse) {
    let (Some(rp), Some(prt), Some(dobj)) = (tag_id(parse, "RP"), label(parse, "prt"), label(parse, "dobj")) else {
        return;
    };
    for w in 1..parse.len() {
        let Some(v) = parse.head(w) else { continue };
        if !parse.word(w).eq_ignore_ascii_case("over")
            || parse.dep(w) != "prep"
            || v + 1 != w
            || !matches!(parse.lemma(v), "hand" | "turn")
            || !parse.tag(v).starts_with("VB")
            || kids(parse, v).any(|k| parse.dep(k) == "dobj")
        {
            continue;
        }
        let Some(o) = kids(parse, w).find(|&k| parse.dep(k) == "pobj") else { continue };
        parse.tokens[w].tag = rp;
        attach(parse, w, Some(v), prt);
        attach(parse, o, Some(v), dobj);
    }
}

/// "Burundi pulled its contingent out", read with the particle on the object:
/// a particle hung on a verb's object is the verb's ("pull ... out").
pub fn particle_on_object(parse: &mut Parse) {
    for w in 2..parse.len() {
        let Some(o) = parse.head(w) else { continue };
        let Some(v) = parse.head(o) else { continue };
        if parse.dep(w) == "prt"
            && parse.tag(w) == "RP"
            && parse.dep(o) == "dobj"
            && o < w
            && parse.tag(v).starts_with("VB")
            && !kids(parse, v).any(|k| parse.dep(k) == "prt")
        {
            parse.tokens[w].head = Some(v);
        }
    }
}

/// "Beijing handed both vessels over to the navy", read with "over" (on the
/// verb or on its object) holding "to the navy": an "over" or "back" after a
/// verb's object with no object of its own, holding a "to" phrase, is the
/// verb's particle, and the phrase the verb's. So is an adverb "back" holding
/// a "from" phrase: "wrested the town back from the rebels".
pub fn particle_after_object(parse: &mut Parse) {
    let (Some(rp), Some(prt), Some(prep)) = (tag_id(parse, "RP"), label(parse, "prt"), label(parse, "prep")) else {
        return;
    };
    for w in 2..parse.len() {
        let Some(h) = parse.head(w) else { continue };
        let verb = |v: usize| parse.tag(v).starts_with("VB");
        let object = |v: usize| kids(parse, v).any(|k| k < w && parse.dep(k) == "dobj");
        let v = if verb(h) {
            Some(h).filter(|&v| object(v))
        } else {
            parse.head(h).filter(|&v| parse.dep(h) == "dobj" && verb(v))
        };
        let Some(v) = v else { continue };
        if !matches!(parse.lemma(w), "over" | "back")
            || !(parse.dep(w) == "prep" || parse.dep(w) == "advmod" && parse.lemma(w) == "back")
            || kids(parse, w).any(|k| parse.dep(k) == "pobj")
            || kids(parse, v).any(|k| parse.dep(k) == "prt")
        {
            continue;
        }
        let Some(to) =
            kids(parse, w).find(|&k| parse.dep(k) == "prep" && matches!(parse.lemma(k), "to" | "into" | "from"))
        else {
            continue;
        };
        parse.tokens[w].tag = rp;
        attach(parse, w, Some(v), prt);
        attach(parse, to, Some(v), prep);
    }
}

/// "Brazil is one of the main suppliers of oil to China", read with "to
/// China" on "one": a phrase after "one of" a plural says what the plural
/// does ("suppliers ... to China"), not what the one is.
pub fn preposition_on_partitive(parse: &mut Parse) {
    for w in 2..parse.len() {
        let Some(h) = parse.head(w) else { continue };
        if parse.dep(w) != "prep"
            || !matches!(parse.lemma(w), "to" | "for" | "from" | "with" | "against" | "in")
            || !parse.word(h).eq_ignore_ascii_case("one")
            || h > w
        {
            continue;
        }
        let plural = kids(parse, h)
            .filter(|&o| o < w && parse.lemma(o) == "of" && parse.dep(o) == "prep")
            .find_map(|o| kids(parse, o).find(|&n| parse.dep(n) == "pobj" && parse.tag(n) == "NNS"));
        if let Some(n) = plural {
            parse.tokens[w].head = Some(n);
        }
    }
}

/// "formalised their partnership in a treaty signed in Pyongyang in June that
/// obliges each side to ...", read with the "that" clause on "partnership": a
/// "that" clause right after a participle phrase on a noun ("a treaty signed
/// in ...") is on that noun, which it follows more closely.
pub fn relative_after_participle_phrase(parse: &mut Parse) {
    for v in 2..parse.len() {
        let Some(h) = parse.head(v).filter(|_| parse.dep(v) == "relcl") else { continue };
        let Some(w) = kids(parse, v).find(|&k| k < v && parse.dep(k) == "nsubj" && parse.tag(k) == "WDT") else {
            continue;
        };
        if parse.dep(v) != "relcl" || !parse.word(w).eq_ignore_ascii_case("that") || h > w {
            continue;
        }
        // The noun between whose participle phrase ends right before "that".
        let noun = (h + 1..w).rev().find(|&n| {
            parse.tag(n).starts_with("NN")
                && kids(parse, n).any(|a| {
                    parse.dep(a) == "acl" && parse.tag(a) == "VBN" && a > n && (a..w).all(|x| under_or_is(parse, a, x))
                })
        });
        if let Some(n) = noun {
            parse.tokens[v].head = Some(n);
        }
    }
}

/// "signed a treaty in June that obliges each side to ...", read with "that"
/// as a subordinator and "obliges" as a second verb of "signed": a "that" right
/// before a finite verb with no subject is that verb's subject, a relative
/// pronoun; its clause is on the object of the verb it hung on, when the
/// object comes before it (or on the noun it hung on).
pub fn relative_after_time(parse: &mut Parse) {
    let (Some(wdt), Some(nsubj), Some(relcl)) = (tag_id(parse, "WDT"), label(parse, "nsubj"), label(parse, "relcl"))
    else {
        return;
    };
    for w in 1..parse.len().saturating_sub(1) {
        let v = w + 1;
        let Some(main) = parse.head(v) else { continue };
        if !(parse.word(w).eq_ignore_ascii_case("that")
            && parse.dep(w) == "mark"
            && parse.head(w) == Some(v)
            && matches!(parse.tag(v), "VBZ" | "VBD" | "VBP")
            && matches!(parse.dep(v), "conj" | "ccomp" | "advcl" | "acl")
            && !kids(parse, v).any(|k| parse.dep(k).starts_with("nsubj")))
        {
            continue;
        }
        // (Read as a clause on a noun already: "an agreement signed in May that obliges".)
        let on_noun = (parse.dep(v) == "acl" && parse.tag(main).starts_with("NN")).then_some(main);
        let Some(object) = on_noun.or_else(|| kids(parse, main).find(|&o| o < w && parse.dep(o) == "dobj")) else {
            continue;
        };
        parse.tokens[w].tag = wdt;
        attach(parse, w, Some(v), nsubj);
        attach(parse, v, Some(object), relcl);
    }
}

/// "handed over five Lynx infantry fighting vehicles to Ukraine", read with
/// "infantry" as the object and "fighting vehicles" as a clause on it: a
/// singular noun counted by a number above one is no head; with a gerund and
/// a plural right after it, the three are one noun compound whose head is the
/// plural (and a phrase on the gerund belongs to the name's head).
pub fn counted_compound_with_gerund(parse: &mut Parse) {
    let (Some(compound), Some(nn)) = (label(parse, "compound"), tag_id(parse, "NN")) else { return };
    for t in 1..parse.len().saturating_sub(2) {
        let (g, o) = (t + 1, t + 2);
        // (The number may hang on a name before the noun: "five Lynx infantry fighting vehicles".)
        let number = |k: usize| {
            k < t && parse.dep(k) == "nummod" && !matches!(parse.word(k).to_lowercase().as_str(), "one" | "1")
        };
        let counted = || kids(parse, t).any(|k| number(k) || parse.dep(k) == "compound" && kids(parse, k).any(number));
        if !(parse.tag(t) == "NN"
            && parse.tag(g) == "VBG"
            && parse.head(g) == Some(t)
            && parse.dep(g) == "acl"
            && parse.tag(o) == "NNS"
            && parse.head(o) == Some(g)
            && parse.dep(o) == "dobj"
            && counted())
        {
            continue;
        }
        let (head, dep) = (parse.head(t), parse.tokens[t].dep);
        for k in kids(parse, t).filter(|&k| k < t).collect::<Vec<_>>() {
            parse.tokens[k].head = Some(o);
        }
        for k in kids(parse, g).filter(|&k| k > o).collect::<Vec<_>>() {
            parse.tokens[k].head = head.or(Some(o));
        }
        attach(parse, o, head, dep);
        attach(parse, t, Some(o), compound);
        // (The gerund is a noun of the name, as when the parse reads the name whole.)
        attach(parse, g, Some(o), compound);
        parse.tokens[g].tag = nn;
        parse.tokens[g].lemma = parse.word(g).to_lowercase();
    }
}

/// "between the Kingdom of Morocco and Mali", read with "Mali" joined to
/// "Morocco" inside the title: a name joined to the object of "of" after a
/// state's title ("Kingdom", "Republic", "Sultanate") is joined to the title.
pub fn conjunct_of_state_title(parse: &mut Parse) {
    for c in 2..parse.len() {
        let Some(o) = parse.head(c) else { continue };
        let Some(title) = parse.head(o).filter(|&of| parse.lemma(of) == "of").and_then(|of| parse.head(of)) else {
            continue;
        };
        if parse.dep(c) != "conj"
            || parse.dep(o) != "pobj"
            || !parse.tag(c).starts_with("NNP")
            || parse.tag(title) != "NNP"
            || !matches!(
                parse.word(title),
                "Kingdom" | "Republic" | "Sultanate" | "Emirate" | "Federation" | "Principality" | "Commonwealth"
            )
        {
            continue;
        }
        for k in kids(parse, o).filter(|&k| k < c && parse.dep(k) == "cc").collect::<Vec<_>>() {
            parse.tokens[k].head = Some(title);
        }
        parse.tokens[c].head = Some(title);
    }
}

/// "France, whose troops left Mali in 2022, no longer has troops there", read
/// with "longer" in the relative clause: an adverb after the clause's closing
/// comma, with only adverbs between it and the verb its antecedent is subject
/// of, modifies that verb.
pub fn adverb_after_relative_clause(parse: &mut Parse) {
    for w in 1..parse.len() {
        let Some(rel) = parse.head(w) else { continue };
        let Some(verb) = parse.head(rel).filter(|_| parse.dep(rel) == "relcl").and_then(|a| parse.head(a)) else {
            continue;
        };
        let closed = kids(parse, rel).any(|c| c > rel && c < w && parse.dep(c) == "punct" && parse.word(c) == ",");
        if parse.dep(w) == "advmod"
            && closed
            && verb > w
            && parse.tag(verb).starts_with("VB")
            && (w + 1..verb).all(|b| parse.tag(b).starts_with("RB") || parse.dep(b) == "neg")
        {
            parse.tokens[w].head = Some(verb);
        }
    }
}

/// "received his counterparts from Qatar and Senegal", read with "from" on the
/// verb as the source of something received: right after a person's office
/// ("counterpart", "delegation", "minister", "envoy"), "from" says where the
/// person comes from and belongs to the noun.
pub fn origin_of_guest(parse: &mut Parse) {
    for w in 2..parse.len() {
        let (Some(v), o) = (parse.head(w), w - 1) else { continue };
        if parse.dep(w) != "prep"
            || parse.lemma(w) != "from"
            || parse.head(o) != Some(v)
            || parse.dep(o) != "dobj"
            || !parse.tag(v).starts_with("VB")
            || !matches!(
                parse.lemma(o),
                "counterpart" | "delegation" | "delegate" | "minister" | "envoy" | "emissary" | "leader" | "official"
            )
        {
            continue;
        }
        parse.tokens[w].head = Some(o);
    }
}

/// "fired missiles, hours after US warplanes pounded rebel positions", read
/// with "hours" as the subject of "pounded" and "US" as the object of
/// "after": a span of time ("hours", "days") with "after" or "before" and a
/// noun that a verb after them has no subject for opens that verb's clause:
/// the noun is its subject, "after" its subordinator and the span a measure of
/// the clause.
pub fn time_before_subordinate_clause(parse: &mut Parse) {
    let (Some(nsubj), Some(mark), Some(npadvmod), Some(advcl)) =
        (label(parse, "nsubj"), label(parse, "mark"), label(parse, "npadvmod"), label(parse, "advcl"))
    else {
        return;
    };
    for h in 0..parse.len() {
        let Some(v) = parse.head(h) else { continue };
        if parse.dep(h) != "nsubj"
            || !matches!(parse.lemma(h), "hour" | "day" | "week" | "month" | "minute" | "year" | "moment")
            || !finite(parse, v)
            || v < h
        {
            continue;
        }
        let a = h + 1;
        if parse.head(a) != Some(h) || !matches!(parse.lemma(a), "after" | "before") {
            continue;
        }
        let Some(o) = kids(parse, a).find(|&o| parse.dep(o) == "pobj" && o < v) else { continue };
        attach(parse, o, Some(v), nsubj);
        attach(parse, a, Some(v), mark);
        attach(parse, h, Some(v), npadvmod);
        if parse.dep(v) == "conj" {
            parse.tokens[v].dep = advcl;
        }
    }
}

/// "was received there, alongside Egypt's Sisi, by Eritrea's president",
/// read with the "by" phrase as the agent of "Sisi": a noun has no agent, so
/// an agent hung on a noun goes to the passive verb the noun's phrase hangs
/// on, when that verb has none of its own.
pub fn agent_on_noun(parse: &mut Parse) {
    for b in 1..parse.len() {
        let Some(n) = parse.head(b) else { continue };
        // (Or a "by" after a comma that closes the noun's phrase: "alongside X's minister, by Y".)
        let set_off = parse.dep(b) == "prep" && parse.lemma(b) == "by" && parse.word(b - 1) == ",";
        // (Or a "by" with a name, on the object of the participle's own preposition: "frigates
        // delivered to the Greek navy by France".)
        let named = || kids(parse, b).any(|k| parse.dep(k) == "pobj" && parse.tag(k) == "NNP");
        let on_phrase = parse.dep(b) == "prep"
            && parse.lemma(b) == "by"
            && parse.dep(n) == "pobj"
            && parse.head(n).and_then(|a| parse.head(a)).is_some_and(|v| parse.tag(v) == "VBN")
            && named();
        if !(parse.dep(b) == "agent" || set_off || on_phrase) || !parse.tag(n).starts_with("NN") {
            continue;
        }
        // The nearest verb above the noun.
        let Some(v) = verb_above(parse, parse.head(n), 8).filter(|&v| parse.tag(v) == "VBN" && v < b) else {
            continue;
        };
        let passive = kids(parse, v).any(|k| parse.dep(k) == "auxpass") || on_phrase && parse.dep(v) == "acl";
        if passive && !kids(parse, v).any(|k| parse.dep(k) == "agent") {
            if let Some(agent) = label(parse, "agent") {
                attach(parse, b, Some(v), agent);
            }
        }
    }
}

/// Whether the tag dictionary lets the word at `w` be a plural noun.
fn may_be_plural_noun(parse: &Parse, w: usize) -> bool {
    dictionary_allows(parse, &parse.word(w).to_lowercase(), "NNS")
}

/// "evaded the sanctions that the EU imposed on Russia", read with "that"
/// as a complementizer and the clause as an adverbial of the main verb or a
/// complement of the noun: a clause after "that" right after a common noun,
/// whose verb has a subject and a preposition but no object, is a relative
/// clause on the noun with "that" its object.
pub fn relative_read_as_complement(parse: &mut Parse) {
    let (Some(dobj), Some(relcl), Some(wdt)) = (label(parse, "dobj"), label(parse, "relcl"), tag_id(parse, "WDT"))
    else {
        return;
    };
    for w in 1..parse.len() {
        let Some(v) = parse.head(w) else { continue };
        let o = w - 1;
        let gapped = || {
            kids(parse, v).any(|k| k > w && k < v && parse.dep(k) == "nsubj")
                && kids(parse, v).any(|k| k > v && parse.dep(k) == "prep")
                && !kids(parse, v)
                    .any(|k| matches!(parse.dep(k), "dobj" | "nsubjpass" | "ccomp" | "xcomp" | "attr" | "acomp"))
        };
        if !parse.word(w).eq_ignore_ascii_case("that")
            || parse.dep(w) != "mark"
            || !(matches!(parse.dep(v), "advcl" | "ccomp") || parse.dep(v) == "acl" && parse.head(v) == Some(o))
            || !matches!(parse.tag(v), "VBD" | "VBZ" | "VBP")
            || !matches!(parse.tag(o), "NN" | "NNS")
            || !matches!(parse.dep(o), "dobj" | "pobj" | "nsubj")
            || !gapped()
        {
            continue;
        }
        attach(parse, w, Some(v), dobj);
        parse.tokens[w].tag = wdt;
        attach(parse, v, Some(o), relcl);
    }
}

/// "evaded the sanctions the EU imposed on Russia", read with "the EU" as an
/// apposition of the noun and "imposed" as its participle: a name in
/// apposition right after a common noun, with a participle after it that has
/// a preposition but no object, is the subject of a relative clause with no
/// pronoun on that noun.
pub fn contact_clause_on_apposition(parse: &mut Parse) {
    let (Some(nsubj), Some(relcl), Some(vbd)) = (label(parse, "nsubj"), label(parse, "relcl"), tag_id(parse, "VBD"))
    else {
        return;
    };
    for x in 1..parse.len() {
        let Some(o) = parse.head(x).filter(|_| parse.dep(x) == "appos" && parse.tag(x) == "NNP") else { continue };
        let first = (0..x).rev().take_while(|&y| parse.head(y) == Some(x)).last().unwrap_or(x);
        let Some(v) = kids(parse, x).find(|&k| k == x + 1 && parse.dep(k) == "acl" && parse.tag(k) == "VBN") else {
            continue;
        };
        if first != o + 1
            || !matches!(parse.tag(o), "NN" | "NNS")
            || !kids(parse, v).any(|k| parse.dep(k) == "prep")
            || kids(parse, v).any(|k| matches!(parse.dep(k), "dobj" | "nsubjpass" | "agent" | "auxpass"))
        {
            continue;
        }
        attach(parse, v, Some(o), relcl);
        parse.tokens[v].tag = vbd;
        attach(parse, x, Some(v), nsubj);
    }
}

/// "under the pact Bolivia and Paraguay signed", read with "signed" as a
/// clause on the noun (acl) that has its own subject: a finite clause with
/// a subject and no complementiser on a noun is a relative clause (not "the
/// suggestion that it is an ally").
pub fn finite_clause_on_noun(parse: &mut Parse) {
    let Some(relcl) = label(parse, "relcl") else { return };
    for v in 1..parse.len() {
        if parse.dep(v) == "acl"
            && matches!(parse.tag(v), "VBD" | "VBZ" | "VBP")
            && parse.head(v).is_some_and(|n| n < v && matches!(parse.tag(n), "NN" | "NNS"))
            && kids(parse, v).any(|k| k < v && parse.dep(k) == "nsubj")
            && !kids(parse, v).any(|k| parse.dep(k) == "mark")
        {
            attach(parse, v, parse.head(v), relcl);
        }
    }
}

/// "invoked the pact Burkina Faso, Mali and Niger signed in 2023", "under the
/// pact Mali and Niger signed", read with the names as the noun's apposition
/// and the verb as a clause of its own (or a conjunct of the main verb): a
/// list of names right after a common noun with an article, followed by a
/// past verb with no object and no other subject, is the subject of a
/// relative clause with no pronoun on that noun. A noun that was the verb's
/// subject takes the verb's place (as the object of a verb whose clause it
/// was).
pub fn listed_subject_contact_clause(parse: &mut Parse) {
    let (Some(nsubj), Some(relcl), Some(dobj), Some(cc)) =
        (label(parse, "nsubj"), label(parse, "relcl"), label(parse, "dobj"), label(parse, "cc"))
    else {
        return;
    };
    for n in 1..parse.len().saturating_sub(3) {
        if !matches!(parse.tag(n), "NN" | "NNS") || !kids(parse, n).any(|k| k < n && parse.dep(k) == "det") {
            continue;
        }
        let names = n + 1;
        let Some(v) = (names..parse.len()).find(|&x| !matches!(parse.tag(x), "NNP" | "," | "CC")) else { continue };
        let Some(a) = (names..v).find(|&x| parse.head(x) == Some(n) && parse.dep(x) == "appos") else { continue };
        if parse.tag(v) != "VBD"
            || v == names
            || parse.tag(v - 1) != "NNP"
            || !(names..v).filter(|&x| parse.tag(x) == "CC").all(|x| parse.lemma(x) == "and")
            || kids(parse, v).any(|k| parse.dep(k) == "dobj" || parse.dep(k).starts_with("nsubj") && k != n)
            || parse.head(n).is_some_and(|h| h != v && (n..=v).contains(&h))
        {
            continue;
        }
        if parse.head(n) == Some(v) {
            let (head, dep) = (parse.tokens[v].head, parse.tokens[v].dep);
            let object =
                head.is_some_and(|h| parse.tag(h).starts_with("VB") && !kids(parse, h).any(|k| parse.dep(k) == "dobj"));
            attach(parse, n, head, if object { dobj } else { dep });
        }
        for x in names..v {
            if parse.tag(x) == "CC" && !(names..v).contains(&parse.head(x).unwrap_or(v)) {
                attach(parse, x, Some(a), cc);
            }
        }
        attach(parse, v, Some(n), relcl);
        attach(parse, a, Some(v), nsubj);
    }
}

/// "denied claims that the group had received missiles", read with "that"
/// as the object of a relative clause whose verb has an object of its own:
/// a "that" in a relative clause that already has its subject and, for an
/// object "that", its object, is the complementizer of a clause that says
/// what the noun holds ("claims", "reports", "fears").
pub fn complement_read_as_relative(parse: &mut Parse) {
    let (Some(mark), Some(acl), Some(conj_tag)) = (label(parse, "mark"), label(parse, "acl"), tag_id(parse, "IN"))
    else {
        return;
    };
    for w in 0..parse.len() {
        let Some(v) = parse.head(w) else { continue };
        if !parse.word(w).eq_ignore_ascii_case("that") || parse.dep(v) != "relcl" {
            continue;
        }
        let other = |dep: &str| kids(parse, v).any(|k| k != w && k > w && parse.dep(k) == dep);
        let complement = match parse.dep(w) {
            "dobj" => other("nsubj") && other("dobj"),
            "nsubj" => other("nsubj"),
            _ => false,
        };
        if complement {
            attach(parse, w, Some(v), mark);
            parse.tokens[w].tag = conj_tag;
            parse.tokens[v].dep = acl;
        }
    }
}

/// "flies Rafales bought from France, and its navy operates frigates", read
/// with "operates" joined to the participle "bought": a finite verb with a
/// subject of its own, joined to a participle on a noun, is joined to the
/// finite verb above that participle (with the comma and the conjunction).
pub fn clause_joined_to_participle(parse: &mut Parse) {
    for c in 1..parse.len() {
        let Some(h) = parse.head(c) else { continue };
        if parse.dep(c) != "conj"
            || !matches!(parse.tag(c), "VBZ" | "VBD" | "VBP")
            || !kids(parse, c).any(|k| k < c && parse.dep(k).starts_with("nsubj"))
            || parse.dep(h) != "acl"
            || parse.tag(h) != "VBN"
        {
            continue;
        }
        let mut v = parse.head(h);
        while let Some(u) = v.filter(|&u| !matches!(parse.tag(u), "VBZ" | "VBD" | "VBP")) {
            v = parse.head(u);
        }
        let Some(v) = v else { continue };
        let joiners: Vec<usize> =
            kids(parse, h).filter(|&k| k < c && k > h && matches!(parse.dep(k), "cc" | "punct")).collect();
        parse.tokens[c].head = Some(v);
        for k in joiners {
            parse.tokens[k].head = Some(v);
        }
    }
}

/// "Turkey, which arms and pays the factions, denied ...", read with "arms"
/// as a plural noun after "which": a plural that may be a verb in "-s",
/// right after a relative pronoun that follows a comma, is the relative
/// clause's verb (on the noun before the comma); what the parse hung on it
/// as an apposition is its object, and the first verb after the clause's
/// closing comma, left on the noun, is the main verb.
pub fn relative_present_plural(parse: &mut Parse) {
    let (Some(vbz), Some(relcl), Some(nsubj), Some(dobj)) =
        (tag_id(parse, "VBZ"), label(parse, "relcl"), label(parse, "nsubj"), label(parse, "dobj"))
    else {
        return;
    };
    for w in 2..parse.len().saturating_sub(1) {
        let (n, a) = (w + 1, w - 2);
        if !matches!(parse.tag(w), "WDT" | "WP")
            || parse.word(w - 1) != ","
            || !parse.tag(a).starts_with("NN")
            || parse.tag(n) != "NNS"
            || !may_be_present_verb(parse, n)
        {
            continue;
        }
        retag_in_s(parse, n, vbz);
        // The main verb the parse left on the noun or its clause, after the clause's closing comma.
        let main = (n + 1..parse.len()).find(|&m| {
            matches!(parse.tag(m), "VBD" | "VBZ" | "VBP")
                && parse.word(m - 1) == ","
                && (parse.head(m) == Some(a) || parse.head(a) == Some(m))
        });
        attach(parse, n, Some(a), relcl);
        attach(parse, w, Some(n), nsubj);
        // (A plural joined to it is a verb too: "funds and arms the group".)
        for c in kids(parse, n).filter(|&c| parse.dep(c) == "conj" && parse.tag(c) == "NNS").collect::<Vec<_>>() {
            if may_be_present_verb(parse, c) {
                retag_in_s(parse, c, vbz);
            }
        }
        for c in kids(parse, n).filter(|&c| parse.dep(c) == "appos").collect::<Vec<_>>() {
            let last = kids(parse, n).filter(|&k| k < c && parse.dep(k) == "conj").last().unwrap_or(n);
            attach(parse, c, Some(last), dobj);
        }
        if let (Some(m), Some(ids)) = (main, clause_ids(parse)) {
            let tag = parse.tokens[m].tag;
            make_clause(parse, ids, m, a);
            parse.tokens[m].tag = tag;
        }
    }
}

/// "sent soldiers to fight alongside Russian forces, as well as millions of
/// shells", read with the shells as what the soldiers fight: what "as well
/// as" adds after a purpose clause is joined to the main verb's object.
pub fn as_well_as_object(parse: &mut Parse) {
    let Some(conj) = label(parse, "conj") else { return };
    for a in 2..parse.len() {
        if !parse.word(a).eq_ignore_ascii_case("as")
            || parse.dep(a) != "cc"
            || !parse.word(a - 1).eq_ignore_ascii_case("well")
            || !parse.word(a - 2).eq_ignore_ascii_case("as")
        {
            continue;
        }
        let Some(h) = parse.head(a) else { continue };
        let Some(y) = kids(parse, h)
            .find(|&k| k > a && matches!(parse.dep(k), "dobj" | "conj") && parse.tag(k).starts_with("NN"))
        else {
            continue;
        };
        let Some(v) =
            parse.head(h).filter(|_| matches!(parse.dep(h), "advcl" | "xcomp") && parse.tag(h).starts_with("VB"))
        else {
            continue;
        };
        let Some(o) = kids(parse, v).find(|&k| k < h && parse.dep(k) == "dobj") else { continue };
        attach(parse, y, Some(o), conj);
        parse.tokens[a].head = Some(o);
    }
}

/// "Belarus, which the minister called Russia's closest ally", read with
/// "which" as a second subject and the ally as the object: a relative
/// pronoun before the clause's own subject is its object, and what a verb of
/// naming then takes as object is what it calls that object.
pub fn relative_object_of_naming(parse: &mut Parse) {
    const NAMING: [&str; 8] = ["call", "name", "dub", "label", "brand", "term", "consider", "deem"];
    let (Some(dobj), Some(oprd)) = (label(parse, "dobj"), label(parse, "oprd")) else { return };
    for v in 1..parse.len() {
        if parse.dep(v) != "relcl" || !NAMING.contains(&parse.lemma(v)) {
            continue;
        }
        let subjects: Vec<usize> = kids(parse, v).filter(|&k| k < v && parse.dep(k) == "nsubj").collect();
        let [w, s] = subjects[..] else { continue };
        if !matches!(parse.tag(w), "WDT" | "WP") || w > s {
            continue;
        }
        let Some(o) = kids(parse, v).find(|&k| k > v && parse.dep(k) == "dobj") else { continue };
        attach(parse, w, Some(v), dobj);
        attach(parse, o, Some(v), oprd);
    }
}

/// "The fighters, whom Washington trained and equipped, clashed with
/// troops", read with "trained" as the main verb (two subjects, "whom" its
/// object) and "clashed" joined to it: a verb whose object is a relative
/// pronoun right after a comma that follows its first subject is a relative
/// clause on that subject; the first verb after it, set off by a comma and
/// with no subject of its own, is the main verb.
pub fn relative_clause_read_as_main(parse: &mut Parse) {
    let (Some(relcl), Some(vbd)) = (label(parse, "relcl"), tag_id(parse, "VBD")) else { return };
    let Some(v) = root_of(parse) else { return };
    if !parse.tag(v).starts_with("VB") {
        return;
    }
    let Some(w) = kids(parse, v).find(|&k| parse.dep(k) == "dobj" && matches!(parse.tag(k), "WP" | "WDT")) else {
        return;
    };
    let subjects: Vec<usize> = kids(parse, v).filter(|&k| parse.dep(k) == "nsubj").collect();
    let (Some(&s), Some(_)) = (subjects.iter().find(|&&k| k < w), subjects.iter().find(|&&k| w < k && k < v)) else {
        return;
    };
    if w < 2 || parse.word(w - 1) != "," || !(s + 1..w - 1).all(|x| under_or_is(parse, s, x)) {
        return;
    }
    let Some(m) = (v + 1..parse.len()).find(|&m| {
        matches!(parse.tag(m), "VBD" | "VBN" | "VBZ")
            && parse.dep(m) == "conj"
            && parse.word(m - 1) == ","
            && under_or_is(parse, v, m)
            && !kids(parse, m).any(|k| parse.dep(k).starts_with("nsubj") || parse.dep(k) == "cc")
    }) else {
        return;
    };
    let Some(ids) = clause_ids(parse) else { return };
    make_clause(parse, ids, m, s);
    if parse.tag(m) == "VBN" {
        parse.tokens[m].tag = vbd;
    }
    attach(parse, v, Some(s), relcl);
    // What the old root held after the new one is the new one's (the final stop).
    for c in kids(parse, v).filter(|&c| c > m).collect::<Vec<_>>() {
        parse.tokens[c].head = Some(m);
    }
}

/// Verbs that give (not those that name: "branding it a hostile state").
const GIVING: [&str; 14] = [
    "give", "sell", "send", "hand", "supply", "provide", "offer", "lend", "grant", "ship", "deliver", "promise", "pay",
    "loan",
];

/// "Iran, which for decades armed and financed Hezbollah, has seen its route
/// cut", read with "armed" as a participle on "decades" and "has seen" as the
/// relative clause: a relative pronoun followed by a prepositional phrase and
/// a past verb hung on that phrase's noun opens a clause whose verb is that
/// past verb; the verb the pronoun was read as subject of is the sentence's.
pub fn relative_verb_after_time_phrase(parse: &mut Parse) {
    let (Some(relcl), Some(nsubj), Some(root), Some(vbd)) =
        (label(parse, "relcl"), label(parse, "nsubj"), label(parse, "root"), tag_id(parse, "VBD"))
    else {
        return;
    };
    for r in 1..parse.len().saturating_sub(3) {
        let (prep, noun) = (r + 1, r + 2);
        let Some(main) = parse.head(r).filter(|_| matches!(parse.tag(r), "WDT" | "WP") && parse.dep(r) == "nsubj")
        else {
            continue;
        };
        let Some(antecedent) =
            parse.head(main).filter(|&a| parse.dep(main) == "relcl" && a < r && parse.head(a).is_none())
        else {
            continue;
        };
        if parse.dep(prep) != "prep" || parse.head(prep) != Some(r) || parse.head(noun) != Some(prep) {
            continue;
        }
        let Some(verb) = kids(parse, noun)
            .find(|&v| v == noun + 1 && parse.dep(v) == "acl" && matches!(parse.tag(v), "VBN" | "VBD"))
        else {
            continue;
        };
        attach(parse, verb, Some(antecedent), relcl);
        parse.tokens[verb].tag = vbd;
        attach(parse, r, Some(verb), nsubj);
        parse.tokens[prep].head = Some(verb);
        attach(parse, main, None, root);
        attach(parse, antecedent, Some(main), nsubj);
    }
}

/// "must navigate the sanctions Washington has reimposed on Tehran", read
/// with "reimposed" as a second root hung on the first (or as a relative
/// clause on the verb): a finite verb whose
/// subject starts right after an object noun of the first root's clause, with
/// no complementiser, is a relative clause on that noun.
pub fn contact_clause_read_as_second_root(parse: &mut Parse) {
    let Some(relcl) = label(parse, "relcl") else { return };
    for v in 1..parse.len() {
        // (Or as a relative clause on the verb.)
        let Some(main) = parse.head(v).filter(|&h| {
            parse.tag(v).starts_with("VB")
                && (parse.dep(v) == "root" || parse.dep(v) == "relcl" && parse.tag(h).starts_with("VB"))
        }) else {
            continue;
        };
        let Some(subject) = kids(parse, v).find(|&k| k < v && parse.dep(k) == "nsubj") else { continue };
        let first = (0..subject).rev().take_while(|&y| under_or_is(parse, subject, y)).last().unwrap_or(subject);
        let Some(noun) = first.checked_sub(1) else { continue };
        if matches!(parse.tag(noun), "NN" | "NNS")
            && matches!(parse.dep(noun), "dobj" | "pobj")
            && under_or_is(parse, main, noun)
            && !kids(parse, v).any(|k| parse.dep(k) == "mark")
        {
            let stops: Vec<usize> = kids(parse, v).filter(|&k| k > v && parse.dep(k) == "punct").collect();
            attach(parse, v, Some(noun), relcl);
            for k in stops {
                parse.tokens[k].head = Some(main);
            }
        }
    }
}

/// "The Houthis fire Iranian-supplied missiles at ships", tagged as one noun
/// phrase with "fire" a noun: a sentence with no finite verb in which a
/// plural name ("Houthis", "Taliban" aside) is followed by a noun the tag
/// dictionary lets be a present verb, before the root noun's phrase, is a
/// clause: the noun is its verb, the name its subject and the root its object.
pub fn plural_name_before_present_verb(parse: &mut Parse) {
    let Some(root) = verbless_noun_root(parse) else { return };
    let (Some(vbp), Some(ids), Some(dobj)) = (tag_id(parse, "VBP"), clause_ids(parse), label(parse, "dobj")) else {
        return;
    };
    let Some(verb) = (1..root).find(|&w| {
        let name = w - 1;
        parse.tag(w) == "NN"
            && (parse.tag(name) == "NNPS" || parse.tag(name) == "NNP" && parse.word(name).ends_with('s'))
            && dictionary_allows(parse, &parse.word(w).to_lowercase(), "VBP")
            && (w + 1..root).all(|x| under_or_is(parse, root, x))
    }) else {
        return;
    };
    let subject = verb - 1;
    // The subject's own words ("The"), and what followed the object ("at ships", the stop).
    let before: Vec<usize> =
        (0..subject).filter(|&c| parse.head(c).is_some_and(|h| h >= subject && h <= root)).collect();
    for c in before {
        parse.tokens[c].head = Some(subject);
    }
    move_clause_tail(parse, root, verb);
    make_clause(parse, ids, verb, subject);
    parse.tokens[verb].tag = vbp;
    attach(parse, root, Some(verb), dobj);
}

/// "a meeting held in Amman on 12 August between X, Y and Z", read with
/// "between" on the date: a day or a year is between dates, not between
/// parties; "between" with no time after it on a time phrase's date is what
/// the phrase is on.
pub fn pair_on_date(parse: &mut Parse) {
    for between in 1..parse.len() {
        if !matches!(parse.lemma(between), "between" | "among") || parse.dep(between) != "prep" {
            continue;
        }
        let Some(date) = parse.head(between).filter(|&d| is_time_word(parse, d) || is_year(parse, d)) else {
            continue;
        };
        let Some(on) = parse.head(date).filter(|&o| parse.dep(date) == "pobj" && matches!(parse.lemma(o), "on" | "in"))
        else {
            continue;
        };
        let timed = kids(parse, between).any(|o| is_time_word(parse, o) || is_year(parse, o) || parse.tag(o) == "CD");
        if let Some(owner) = parse.head(on).filter(|_| !timed) {
            parse.tokens[between].head = Some(owner);
        }
    }
}

/// "France sold Egypt about 24 Rafale jets", read with "about" as a
/// preposition on the verb: after a verb of giving and a name as its object,
/// "about" (or "around", "nearly", "some" ...) before a number says how many;
/// the name is whom it is given to and the counted noun what is given.
pub fn approximation_read_as_preposition(parse: &mut Parse) {
    let (Some(dative), Some(dobj), Some(advmod)) =
        (label(parse, "dative"), label(parse, "dobj"), label(parse, "advmod"))
    else {
        return;
    };
    for prep in 1..parse.len().saturating_sub(1) {
        if parse.dep(prep) != "prep" || parse.tag(prep + 1) != "CD" {
            continue;
        }
        let word = parse.word(prep).to_lowercase();
        if !matches!(
            word.as_str(),
            "about" | "around" | "nearly" | "almost" | "roughly" | "approximately" | "some" | "over"
        ) {
            continue;
        }
        let Some(verb) = parse.head(prep).filter(|&v| GIVING.contains(&parse.lemma(v))) else { continue };
        let Some(amount) = kids(parse, prep).find(|&o| parse.dep(o) == "pobj") else { continue };
        let name = prep - 1;
        if parse.tag(name) != "NNP" || parse.head(name) != Some(verb) || parse.dep(name) != "dobj" {
            continue;
        }
        attach(parse, name, Some(verb), dative);
        attach(parse, amount, Some(verb), dobj);
        attach(parse, prep, Some(prep + 1), advmod);
    }
}

/// "which since 2006 has armed Hezbollah", read with the name in apposition
/// to the verb: a verb has no apposition; a noun right after a verb that has no
/// object, hung on it as one, is its object.
pub fn object_read_as_apposition_of_verb(parse: &mut Parse) {
    let Some(dobj) = label(parse, "dobj") else { return };
    for n in 1..parse.len() {
        let Some(verb) = parse.head(n).filter(|&v| parse.dep(n) == "appos" && parse.tag(v).starts_with("VB")) else {
            continue;
        };
        if parse.tag(n).starts_with("NN")
            && parse.tag(verb) != "VBG"
            && (verb + 1..n).all(|x| under_or_is(parse, n, x))
            && !kids(parse, verb).any(|k| matches!(parse.dep(k), "dobj" | "ccomp" | "xcomp"))
        {
            attach(parse, n, Some(verb), dobj);
        }
    }
}

/// "Qatar, which funded and hosted Hamas, was criticised", read with "hosted"
/// as a modifier hung on punctuation or a later word: a past verb with an
/// object right after "and" that follows a verb is that verb's second member.
pub fn joined_verb_read_as_modifier(parse: &mut Parse) {
    let Some(conj) = label(parse, "conj") else { return };
    for v in 2..parse.len() {
        let (and, first) = (v - 1, v - 2);
        if !matches!(parse.tag(v), "VBD" | "VBN")
            || parse.dep(v) != "amod"
            || !matches!(parse.lemma(and), "and" | "or")
            || parse.head(and) != Some(first)
            || !matches!(parse.tag(first), "VBD" | "VBN" | "VBZ" | "VBP")
            || !kids(parse, v).any(|k| parse.dep(k) == "dobj")
        {
            continue;
        }
        attach(parse, v, Some(first), conj);
    }
}

/// "sold Azerbaijan loitering munitions", read as a clause ("Azerbaijan
/// loitering munitions") the verb reports, or with a participle on the name:
/// a verb of giving reports no clause;
/// a name before an -ing word with its noun right after is whom it is given
/// to, the -ing word modifies the noun, and the noun is what is given.
pub fn modifier_read_as_clause_after_dative(parse: &mut Parse) {
    let (Some(dative), Some(dobj), Some(amod)) = (label(parse, "dative"), label(parse, "dobj"), label(parse, "amod"))
    else {
        return;
    };
    for ing in 1..parse.len().saturating_sub(1) {
        let (name, noun) = (ing - 1, ing + 1);
        // (Or as the name's participle: "sold [Indonesia [landing ships]]".)
        let verb = match parse.dep(ing) {
            "ccomp" if parse.head(name) == Some(ing) && parse.dep(name) == "nsubj" => parse.head(ing),
            "acl" if parse.head(ing) == Some(name) && parse.dep(name) == "dobj" => parse.head(name),
            _ => None,
        };
        let Some(verb) = verb.filter(|&v| GIVING.contains(&parse.lemma(v))) else { continue };
        if parse.tag(ing) != "VBG"
            || parse.tag(name) != "NNP"
            || parse.head(noun) != Some(ing)
            || parse.dep(noun) != "dobj"
            || !matches!(parse.tag(noun), "NNS" | "NN")
        {
            continue;
        }
        let rest: Vec<usize> = kids(parse, ing).filter(|&k| k != name && k != noun).collect();
        attach(parse, name, Some(verb), dative);
        attach(parse, noun, Some(verb), dobj);
        attach(parse, ing, Some(noun), amod);
        for k in rest {
            parse.tokens[k].head = Some(if k > noun { verb } else { noun });
        }
    }
}

/// "built the corvette Hetman Ivan Mazepa for the Ukrainian navy", read with
/// "for" on the name: a name apposed to a verb's object (a ship's, a
/// system's) takes no phrase of whom it is for, to or from; the phrase is the
/// verb's.
pub fn preposition_on_named_object(parse: &mut Parse) {
    for prep in 0..parse.len() {
        if parse.dep(prep) != "prep" || !matches!(parse.lemma(prep), "for" | "to" | "from") {
            continue;
        }
        let Some(name) = parse.head(prep).filter(|&n| parse.tag(n) == "NNP" && parse.dep(n) == "appos") else {
            continue;
        };
        let Some(object) = parse.head(name).filter(|&o| matches!(parse.tag(o), "NN" | "NNS") && parse.dep(o) == "dobj")
        else {
            continue;
        };
        if let Some(verb) = parse.head(object).filter(|&v| parse.tag(v).starts_with("VB")) {
            parse.tokens[prep].head = Some(verb);
        }
    }
}

/// "Baykar handed Morocco 13 Bayraktar drones", read with "Morocco" as a
/// modifier of "drones" (and the number as its own): a name right after a
/// verb of giving, followed by a number or an article that opens the verb's
/// object, is whom it is given to.
pub fn name_dative_read_as_modifier(parse: &mut Parse) {
    let (Some(dative), Some(dobj)) = (label(parse, "dative"), label(parse, "dobj")) else { return };
    for v in 0..parse.len().saturating_sub(2) {
        if !parse.tag(v).starts_with("VB") || !GIVING.contains(&parse.lemma(v)) {
            continue;
        }
        // The name: proper nouns right after the verb, its head the last of them.
        let end = (v + 1..parse.len()).take_while(|&x| parse.tag(x) == "NNP").last();
        let Some(name) = end else { continue };
        let opens = name + 1 < parse.len() && matches!(parse.tag(name + 1), "CD" | "DT");
        // (Or read as the object with the real object as its apposition: "handed Ukraine the first
        // batch of howitzers".)
        if opens && parse.head(name) == Some(v) && parse.dep(name) == "dobj" {
            let second = kids(parse, name).find(|&a| parse.dep(a) == "appos" && under_or_is(parse, a, name + 1));
            if let Some(a) = second {
                attach(parse, name, Some(v), dative);
                attach(parse, a, Some(v), dobj);
            }
            continue;
        }
        let Some(o) = kids(parse, v).find(|&k| k > name && parse.dep(k) == "dobj") else { continue };
        if !opens || parse.head(name) == Some(v) || !under_or_is(parse, o, name) {
            continue;
        }
        attach(parse, name, Some(v), dative);
        let stray: Vec<usize> = (name + 1..o).filter(|&x| parse.head(x) == Some(name)).collect();
        for x in stray {
            parse.tokens[x].head = Some(o);
        }
    }
}

/// "has sold it armoured vehicles", read with "it" as the object and the
/// vehicles joined to the verb: a pronoun object of a verb of giving,
/// followed directly by a noun phrase the verb holds as a conjunct or second
/// object, is the indirect object, and the noun phrase the object.
pub fn pronoun_dative(parse: &mut Parse) {
    let (Some(dative), Some(dobj)) = (label(parse, "dative"), label(parse, "dobj")) else { return };
    for pr in 1..parse.len().saturating_sub(1) {
        let Some(v) = parse.head(pr) else { continue };
        if parse.dep(pr) != "dobj"
            || !matches!(parse.word(pr).to_lowercase().as_str(), "it" | "them" | "him" | "her" | "us" | "me")
            || !parse.tag(v).starts_with("VB")
            || !GIVING.contains(&parse.lemma(v))
            || v > pr
        {
            continue;
        }
        let Some(n) = kids(parse, v).find(|&k| {
            k > pr
                && matches!(parse.dep(k), "conj" | "dobj" | "npadvmod")
                && matches!(parse.tag(k), "NN" | "NNS")
                && (pr + 1..k).all(|x| under_or_is(parse, k, x))
        }) else {
            continue;
        };
        attach(parse, pr, Some(v), dative);
        attach(parse, n, Some(v), dobj);
    }
}

/// "fielded Harop drones it bought from Israel", read with "drones" as a
/// present verb whose subject is "Harop" and whose complement is "it
/// bought": a present verb in "-s" right after a name right after a verb
/// that has no object is that verb's object when a clause with a subject and
/// no object follows it (the clause is on the noun: "[that] it bought"); the
/// name is its compound.
pub fn plural_before_contact_clause(parse: &mut Parse) {
    let (Some(nns), Some(dobj), Some(compound), Some(relcl)) =
        (tag_id(parse, "NNS"), label(parse, "dobj"), label(parse, "compound"), label(parse, "relcl"))
    else {
        return;
    };
    for n in 2..parse.len() {
        let (name, Some(v)) = (n - 1, parse.head(n)) else { continue };
        if parse.tag(n) != "VBZ"
            || !parse.word(n).ends_with('s')
            || parse.dep(n) != "ccomp"
            || name != v + 1
            || parse.tag(name) != "NNP"
            || parse.head(name) != Some(n)
            || !parse.tag(v).starts_with("VB")
            || REPORTING.contains(&parse.lemma(v))
            || kids(parse, v).any(|k| parse.dep(k) == "dobj")
            || kids(parse, n).any(|k| parse.dep(k) == "dobj")
        {
            continue;
        }
        let gapped = |c: usize| {
            parse.tag(c).starts_with("VB")
                && kids(parse, c).any(|k| k < c && parse.dep(k) == "nsubj")
                && !kids(parse, c).any(|k| matches!(parse.dep(k), "dobj" | "ccomp" | "xcomp" | "mark"))
        };
        let Some(c) = kids(parse, n).find(|&c| c > n && parse.dep(c) == "ccomp" && gapped(c)) else { continue };
        attach(parse, n, Some(v), dobj);
        retag_in_s(parse, n, nns);
        attach(parse, name, Some(n), compound);
        attach(parse, c, Some(n), relcl);
    }
}

/// "took delivery last week of six howitzers", read with "of" on the verb
/// because a time phrase stands between it and the object: an "of" that
/// follows a verb's direct object, separated from it only by a bare noun
/// phrase of time or an adverb, is the object's. (Not with verbs that take
/// "of" themselves: "accused Iran on Monday of arming the rebels".)
pub fn of_after_time(parse: &mut Parse) {
    const OF_VERBS: [&str; 16] = [
        "accuse", "warn", "inform", "notify", "remind", "convince", "suspect", "rob", "deprive", "strip", "clear",
        "rid", "relieve", "assure", "apprise", "absolve",
    ];
    for f in 2..parse.len() {
        let Some(v) = parse.head(f) else { continue };
        if parse.lemma(f) != "of"
            || parse.dep(f) != "prep"
            || !parse.tag(v).starts_with("VB")
            || OF_VERBS.contains(&parse.lemma(v))
        {
            continue;
        }
        let Some(d) = kids(parse, v).filter(|&k| k < f && parse.dep(k) == "dobj").last() else { continue };
        if !matches!(parse.tag(d), "NN" | "NNS") {
            continue;
        }
        // What stands between: a time phrase or adverb on the verb, with what hangs on it.
        let between = (d + 1..f).filter(|&x| parse.head(x) == Some(v)).collect::<Vec<_>>();
        let timed = !between.is_empty()
            && between.iter().all(|&x| matches!(parse.dep(x), "npadvmod" | "advmod" | "tmod"))
            && (d + 1..f).all(|x| between.iter().any(|&b| under_or_is(parse, b, x)));
        if timed {
            parse.tokens[f].head = Some(d);
        }
    }
}

/// "urged both sides to "sit down and talk"", read with "to" as a
/// preposition whose complement is the quoted verb: "to" before an opening
/// quote and a base verb is the infinitive's marker, and the verb is the
/// complement of the word "to" hung on.
pub fn quoted_infinitive(parse: &mut Parse) {
    let (Some(to), Some(aux), Some(xcomp)) = (tag_id(parse, "TO"), label(parse, "aux"), label(parse, "xcomp")) else {
        return;
    };
    for t in 0..parse.len().saturating_sub(2) {
        let Some(head) = parse.head(t) else { continue };
        let quotes = (t + 1..parse.len()).take_while(|&q| matches!(parse.tag(q), "``" | "''")).count();
        let w = t + 1 + quotes;
        if parse.word(t).eq_ignore_ascii_case("to")
            && parse.tag(t) == "IN"
            && quotes > 0
            && w < parse.len()
            && parse.tag(w) == "VB"
            && parse.head(w) == Some(t)
            && parse.tag(head).starts_with("VB")
        {
            attach(parse, w, Some(head), xcomp);
            attach(parse, t, Some(w), aux);
            parse.tokens[t].tag = to;
        }
    }
}

/// "the first three of 11 upgraded Mogami-class frigates", read with
/// "upgraded" as a verb whose object is the frigates: a past form right after
/// a number, with no subject, whose object follows it, is a participle on that
/// object; the object takes the number's place and the number counts it.
pub fn counted_participle(parse: &mut Parse) {
    let (Some(vbn), Some(amod), Some(nummod)) = (tag_id(parse, "VBN"), label(parse, "amod"), label(parse, "nummod"))
    else {
        return;
    };
    for number in 0..parse.len().saturating_sub(2) {
        let verb = number + 1;
        if parse.tag(number) != "CD" || !matches!(parse.tag(verb), "VBD" | "VBN") {
            continue;
        }
        if kids(parse, verb).any(|c| parse.dep(c).starts_with("nsubj") || parse.dep(c) == "aux") {
            continue;
        }
        let Some(object) =
            kids(parse, verb).find(|&c| c > verb && parse.dep(c) == "dobj" && parse.tag(c).starts_with("NN"))
        else {
            continue;
        };
        // (Only the object's own words between: "11 upgraded Mogami-class frigates".)
        if !(verb + 1..object).all(|x| under_or_is(parse, object, x)) {
            continue;
        }
        let Some(head) = parse.head(number) else { continue };
        let dep = parse.tokens[number].dep;
        let rest: Vec<usize> = kids(parse, verb).filter(|&c| c > object).collect();
        attach(parse, object, Some(head), dep);
        attach(parse, number, Some(object), nummod);
        attach(parse, verb, Some(object), amod);
        parse.tokens[verb].tag = vbn;
        for c in rest {
            parse.tokens[c].head = Some(head);
        }
    }
}

/// "Albania, Croatia and Kosovo sign defence pact", "Australia, Papua New
/// Guinea sign defence treaty", "Yemen's Huthis claim missile strike on
/// Israel": a headline read as one noun phrase. In a sentence with no finite
/// verb that opens with a list of names (joined by "and" or by commas) or with
/// a possessed plural name, a common noun right after the names that may be a
/// present verb is the verb: the first name its subject, the others its
/// conjuncts (a possessor stays one), and the nouns after it its object.
pub fn headline_list_verb(parse: &mut Parse) {
    if (0..parse.len()).any(|t| finite(parse, t)) {
        return;
    }
    let (
        Some(vbp),
        Some(vbz),
        Some(nsubj),
        Some(conj),
        Some(cc),
        Some(dobj),
        Some(root_label),
        Some(compound),
        Some(punct),
        Some(poss),
        Some(case),
    ) = (
        tag_id(parse, "VBP"),
        tag_id(parse, "VBZ"),
        label(parse, "nsubj"),
        label(parse, "conj"),
        label(parse, "cc"),
        label(parse, "dobj"),
        label(parse, "root"),
        label(parse, "compound"),
        label(parse, "punct"),
        label(parse, "poss"),
        label(parse, "case"),
    )
    else {
        return;
    };
    let listed = |t: usize| parse.tag(t).starts_with("NNP") || matches!(parse.word(t), "," | "and" | "'s" | "’s");
    let Some(verb) = (1..parse.len()).find(|&t| !listed(t)) else { return };
    // ("Huthis claim": a plural subject takes the plain present; "Iran signs": a singular the -s.)
    let plural_form = parse.tag(verb) == "NN";
    let may_be_verb =
        dictionary_allows(parse, &parse.word(verb).to_lowercase(), if plural_form { "VBP" } else { "VBZ" });
    let list = (0..verb).any(|t| matches!(parse.word(t), "and" | ","));
    // (A possessed name is one subject: "Yemen's Huthis", with a plural name.)
    let possessed =
        (0..verb).any(|t| matches!(parse.word(t), "'s" | "’s")) && parse.word(verb - 1).ends_with('s') && plural_form;
    if !matches!(parse.tag(verb), "NN" | "NNS")
        || !may_be_verb
        || !parse.tag(verb - 1).starts_with("NNP")
        || !(list || possessed)
    {
        return;
    }
    // The object: the run of nouns and adjectives after the verb, headed by its last noun.
    let end = (verb + 1..parse.len()).take_while(|&t| matches!(parse.tag(t), "NN" | "NNS" | "NNP" | "JJ")).last();
    let Some(object) = end.filter(|&o| parse.tag(o).starts_with("NN")) else { return };
    // The names: runs of capitalised words, each headed by its last word; a run before "'s" is
    // the possessor of the next.
    let mut heads = Vec::new();
    let mut owners = Vec::new();
    for t in 0..verb {
        if !parse.tag(t).starts_with("NNP") {
            continue;
        }
        if t + 1 < verb && parse.tag(t + 1).starts_with("NNP") {
            attach(parse, t, Some(t + 1), compound);
        } else if t + 1 < verb && matches!(parse.word(t + 1), "'s" | "’s") {
            owners.push(t);
        } else {
            heads.push(t);
        }
    }
    let Some((&first, rest)) = heads.split_first() else { return };
    for &o in &owners {
        let Some(&owned) = heads.iter().find(|&&h| h > o) else { return };
        attach(parse, o, Some(owned), poss);
        attach(parse, o + 1, Some(o), case);
    }
    let later: Vec<usize> = (object + 1..parse.len())
        .filter(|&c| parse.head(c).is_some_and(|h| h <= object || parse.head(h).is_none()))
        .collect();
    attach(parse, verb, None, root_label);
    parse.tokens[verb].tag = if plural_form { vbp } else { vbz };
    attach(parse, first, Some(verb), nsubj);
    for &h in rest {
        attach(parse, h, Some(first), conj);
    }
    for t in 0..verb {
        match parse.word(t) {
            "and" => attach(parse, t, Some(first), cc),
            "," => attach(parse, t, Some(first), punct),
            _ => {}
        }
    }
    for t in verb + 1..object {
        if parse.head(t).is_none_or(|h| !(verb + 1..=object).contains(&h)) {
            attach(parse, t, Some(object), compound);
        }
    }
    attach(parse, object, Some(verb), dobj);
    for c in later {
        parse.tokens[c].head = Some(verb);
    }
}

/// "The M23 armed group has seized Goma", read with "armed" as the main verb
/// and "group has seized ..." as its complement clause: a past form in "-ed"
/// with only a subject before it (a name with its article) and a clause whose
/// subject is the very next word (a singular common noun) is a participle on
/// that noun, its "subject" a modifier of the noun, and the clause the
/// sentence's.
pub fn participle_read_as_verb_before_subject(parse: &mut Parse) {
    let (Some(vbn), Some(amod), Some(compound)) =
        (tag_id(parse, "VBN"), label(parse, "amod"), label(parse, "compound"))
    else {
        return;
    };
    for v in 1..parse.len().saturating_sub(2) {
        if parse.tag(v) != "VBD" || !parse.word(v).ends_with("ed") {
            continue;
        }
        let noun = v + 1;
        // (The clause may hang on the verb as its complement, or elsewhere: "..., where the M23
        // armed group has seized Goma" read with "armed" as the relative clause.)
        let Some(clause) = parse.head(noun).filter(|&c| {
            parse.dep(noun) == "nsubj"
                && c > noun
                && finite_clause(parse, c)
                && (parse.head(c) == Some(v) && parse.dep(c) == "ccomp" || parse.head(c) != Some(v))
                && parse.tag(noun).starts_with("NN")
        }) else {
            continue;
        };
        let subjects: Vec<usize> = kids(parse, v).filter(|&c| parse.dep(c) == "nsubj").collect();
        let opening: Vec<usize> = kids(parse, v)
            .filter(|&c| c < v && matches!(parse.dep(c), "advmod" | "mark") && parse.tag(c).starts_with('W'))
            .collect();
        let others = kids(parse, v)
            .any(|c| c != clause && !subjects.contains(&c) && parse.dep(c) != "punct" && !opening.contains(&c));
        let [subject] = subjects[..] else { continue };
        // (A name with its article, "The M23", before a singular noun: "The Kremlin warned troops
        // would stay" and "Russia claimed Kyiv had ..." keep their verb.)
        let article = kids(parse, subject).any(|c| c < subject && parse.dep(c) == "det");
        if others || subject + 1 != v || !parse.tag(subject).starts_with("NNP") || !article || parse.tag(noun) != "NN" {
            continue;
        }
        let (head, dep) = (parse.head(v), parse.tokens[v].dep);
        // (Not when the verb's own head lies inside the clause.)
        if head
            .is_some_and(|h| std::iter::successors(Some(h), |&x| parse.head(x)).take(parse.len()).any(|x| x == clause))
        {
            continue;
        }
        attach(parse, clause, head, dep);
        attach(parse, v, Some(noun), amod);
        parse.tokens[v].tag = vbn;
        attach(parse, subject, Some(noun), compound);
        // (The subject's determiner opens the noun's phrase: "The M23 armed group".)
        let before: Vec<usize> = kids(parse, subject).filter(|&c| c < subject && parse.dep(c) == "det").collect();
        for d in before {
            parse.tokens[d].head = Some(noun);
        }
        let moved: Vec<usize> = kids(parse, v).filter(|&c| parse.dep(c) == "punct" || opening.contains(&c)).collect();
        for c in moved {
            parse.tokens[c].head = Some(clause);
        }
    }
}

/// Whether `c` heads a clause with a finite verb: a finite verb, or a participle with a finite
/// auxiliary ("has seized").
fn finite_clause(parse: &Parse, c: usize) -> bool {
    finite(parse, c)
        || parse.tag(c).starts_with("VB") && kids(parse, c).any(|a| parse.dep(a).starts_with("aux") && finite(parse, a))
}

/// "10,000 troops remained deployed alongside the army", read with "deployed" as
/// an adjective: a form in "-ed", the complement of "remain" or "stay" and with
/// a prepositional phrase of its own, is the participle of a passive ("remained"
/// its auxiliary, the subject its own).
pub fn participle_read_as_adjective(parse: &mut Parse) {
    let (Some(vbn), Some(auxpass), Some(nsubjpass)) =
        (tag_id(parse, "VBN"), label(parse, "auxpass"), label(parse, "nsubjpass"))
    else {
        return;
    };
    for t in 1..parse.len() {
        let Some(h) = parse.head(t).filter(|&h| matches!(parse.lemma(h), "remain" | "stay")) else { continue };
        if parse.tag(t) != "JJ"
            || parse.dep(t) != "acomp"
            || !parse.word(t).ends_with("ed")
            || !kids(parse, t).any(|c| parse.dep(c) == "prep")
        {
            continue;
        }
        // (Read as the passive it is: "troops remained deployed" as "troops were deployed".)
        let (head, dep) = (parse.head(h), parse.tokens[h].dep);
        let others: Vec<usize> = kids(parse, h).filter(|&c| c != t).collect();
        attach(parse, t, head, dep);
        parse.tokens[t].tag = vbn;
        parse.tokens[t].lemma = parse.analyzer.lemmatizer.lemma(parse.word(t), "VBN");
        attach(parse, h, Some(t), auxpass);
        for c in others {
            if parse.dep(c) == "nsubj" {
                attach(parse, c, Some(t), nsubjpass);
            } else {
                parse.tokens[c].head = Some(t);
            }
        }
    }
}

/// "Between 6,000 and 7,000 RDF troops fought alongside M23", read with
/// "Between" as the root and the verb as a clause on the troops: a sentence
/// that opens with "between" and two numbers counting a noun that a finite
/// verb describes has that verb as its root, the noun its subject, and the
/// range a modifier of the numbers.
pub fn range_read_as_preposition(parse: &mut Parse) {
    let (Some(nsubj), Some(root_label), Some(quantmod)) =
        (label(parse, "nsubj"), label(parse, "root"), label(parse, "quantmod"))
    else {
        return;
    };
    if parse.len() < 5 || !parse.word(0).eq_ignore_ascii_case("between") || parse.head(0).is_some() {
        return;
    }
    let Some(noun) = kids(parse, 0).find(|&c| parse.dep(c) == "pobj" && parse.tag(c).starts_with("NN")) else {
        return;
    };
    let Some(number) = kids(parse, noun).find(|&c| parse.tag(c) == "CD" && c == 1) else { return };
    let Some(verb) = kids(parse, noun).find(|&c| c > noun && parse.dep(c) == "acl" && finite(parse, c)) else {
        return;
    };
    let rest: Vec<usize> = kids(parse, 0).filter(|&c| c != noun).collect();
    attach(parse, verb, None, root_label);
    attach(parse, noun, Some(verb), nsubj);
    attach(parse, 0, Some(number), quantmod);
    for c in rest {
        parse.tokens[c].head = Some(verb);
    }
}

/// "received jets from the French Air and Space Force", read with no object of
/// "from" and the name's words scattered: a preposition without an object
/// followed by a run of capitalised words (one "and" among them) that ends in
/// the head of a body's name ("Force", "Ministry", "Agency") is followed by one
/// name, headed by its last word.
pub fn name_with_inner_and(parse: &mut Parse) {
    let (Some(pobj), Some(compound), Some(det)) = (label(parse, "pobj"), label(parse, "compound"), label(parse, "det"))
    else {
        return;
    };
    for p in 0..parse.len() {
        if parse.tag(p) != "IN" || kids(parse, p).any(|c| matches!(parse.dep(c), "pobj" | "pcomp")) {
            continue;
        }
        let start = p + 1 + usize::from(p + 1 < parse.len() && parse.tag(p + 1) == "DT");
        let capital = |t: usize| parse.word(t).chars().next().is_some_and(char::is_uppercase);
        let run: Vec<usize> =
            (start..parse.len()).take_while(|&t| capital(t) || parse.word(t) == "and" && t > start).collect();
        let ands = run.iter().filter(|&&t| parse.word(t) == "and").count();
        let Some(&last) = run.last() else { continue };
        // (Only a body's name, by its head: "both Iran and Iraq" are two.)
        let body = matches!(
            parse.word(last),
            "Force"
                | "Forces"
                | "Ministry"
                | "Department"
                | "Agency"
                | "Service"
                | "Services"
                | "Command"
                | "Corps"
                | "Office"
                | "Authority"
                | "Commission"
                | "Council"
                | "Committee"
                | "Administration"
                | "Guard"
        );
        if run.len() < 3 || ands != 1 || !body || !parse.tag(last).starts_with("NNP") {
            continue;
        }
        attach(parse, last, Some(p), pobj);
        for &t in &run[..run.len() - 1] {
            attach(parse, t, Some(last), compound);
        }
        if start > p + 1 {
            attach(parse, p + 1, Some(last), det);
        }
    }
}

/// "Officials said Qatar exports LNG to Germany" and "Azerbaijan exports gas
/// to Italy, the ministry said", read with "Qatar exports (LNG)" as a second
/// subject of "said": of two subjects of one verb, one that is (or has as a
/// compound) a plural that may be a verb in "-s", right after a name, is a
/// clause the verb reports: the plural its present verb, the name its
/// subject, the noun after it (or the subject's head) its object, with the
/// object's "to", "from" and "via" phrases.
pub fn reported_clause_read_as_subject(parse: &mut Parse) {
    let (Some(vbz), Some(nsubj), Some(dobj), Some(ccomp)) =
        (tag_id(parse, "VBZ"), label(parse, "nsubj"), label(parse, "dobj"), label(parse, "ccomp"))
    else {
        return;
    };
    for v in 0..parse.len() {
        if !parse.tag(v).starts_with("VB") {
            continue;
        }
        let subjects: Vec<usize> = kids(parse, v).filter(|&c| parse.dep(c) == "nsubj").collect();
        if subjects.len() != 2 {
            continue;
        }
        for &subject in &subjects {
            let verb = std::iter::once(subject)
                .chain(kids(parse, subject).filter(|&c| parse.dep(c) == "compound"))
                .find(|&w| {
                    w >= 1
                        && parse.tag(w) == "NNS"
                        && (parse.tag(w - 1).starts_with("NNP")
                            || parse.tag(w - 1) == "JJ" && parse.word(w - 1).starts_with(char::is_uppercase))
                        && matches!(parse.head(w - 1), Some(h) if h == w || h == subject)
                        && may_be_present_verb(parse, w)
                });
            let Some(verb) = verb else { continue };
            let object = if verb == subject {
                kids(parse, verb).find(|&c| {
                    c == verb + 1
                        && parse.tag(c).starts_with("NN")
                        && matches!(parse.dep(c), "npadvmod" | "appos" | "dobj")
                })
            } else {
                Some(subject)
            };
            let Some(object) = object else { continue };
            let name = verb - 1;
            let routes: Vec<usize> = kids(parse, object)
                .filter(|&c| c > object && parse.dep(c) == "prep" && matches!(parse.lemma(c), "to" | "from" | "via"))
                .collect();
            attach(parse, verb, Some(v), ccomp);
            parse.tokens[verb].tag = vbz;
            attach(parse, name, Some(verb), nsubj);
            attach(parse, object, Some(verb), dobj);
            for c in routes {
                parse.tokens[c].head = Some(verb);
            }
            break;
        }
    }
}

/// "Egypt exports LNG to Turkey", read with "Egypt exports" as the subject
/// and "LNG" as the verb: a root verb the tag dictionary does not list as a
/// verb (or does not list), right after a plural that may be a verb in "-s"
/// and a name, is the plural's object: the plural is the verb, the name its
/// subject.
pub fn present_verb_before_noun(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    let (Some(vbz), Some(nn), Some(nsubj), Some(dobj), Some(root_label)) =
        (tag_id(parse, "VBZ"), tag_id(parse, "NN"), label(parse, "nsubj"), label(parse, "dobj"), label(parse, "root"))
    else {
        return;
    };
    if root < 2 || !parse.tag(root).starts_with("VB") {
        return;
    }
    let verb_tags: Vec<usize> =
        parse.analyzer.tags.iter().enumerate().filter(|(_, t)| t.starts_with("VB")).map(|(i, _)| i).collect();
    let known_verb = parse
        .analyzer
        .tag_dictionary
        .get(&parse.word(root).to_lowercase())
        .is_some_and(|tags| tags.iter().any(|t| verb_tags.contains(t)));
    let (verb, name) = (root - 1, root - 2);
    if known_verb
        || parse.tag(verb) != "NNS"
        || parse.head(verb) != Some(root)
        || !parse.dep(verb).starts_with("nsubj")
        || !parse.tag(name).starts_with("NNP")
        || parse.head(name) != Some(verb)
        || !may_be_present_verb(parse, verb)
    {
        return;
    }
    let before: Vec<usize> = kids(parse, verb).filter(|&c| c < name).collect();
    for c in before {
        parse.tokens[c].head = Some(name);
    }
    let later: Vec<usize> = kids(parse, root).filter(|&c| c > root).collect();
    attach(parse, verb, None, root_label);
    parse.tokens[verb].tag = vbz;
    attach(parse, name, Some(verb), nsubj);
    attach(parse, root, Some(verb), dobj);
    parse.tokens[root].tag = nn;
    for c in later {
        parse.tokens[c].head = Some(verb);
    }
}

/// "operates TB2 drones procured from Turkey, and fields armoured vehicles
/// bought from China", read with "fields" as a plural noun joined to the verb
/// and with an object of its own: a plural joined to a present verb in
/// "-s" (or to a participle on its object), after its "and", with an
/// object, that may be a verb, is a verb joined to that verb.
pub fn plural_read_as_joined_verb(parse: &mut Parse) {
    let (Some(vbz), Some(conj), Some(cc)) = (tag_id(parse, "VBZ"), label(parse, "conj"), label(parse, "cc")) else {
        return;
    };
    for w in 1..parse.len() {
        let Some(h) = parse.head(w).filter(|&h| h < w) else { continue };
        // (Or joined to a participle on the first verb's object: "operates helicopters bought
        // from Russia, and fields ...": then it is joined to that verb.)
        let verb = if parse.tag(h) == "VBZ" {
            Some(h)
        } else if matches!(parse.tag(h), "VBN" | "VBD") {
            let up = parse.head(h);
            up.filter(|&v| parse.tag(v) == "VBZ")
                .or_else(|| up.and_then(|o| parse.head(o)).filter(|&v| parse.tag(v) == "VBZ"))
        } else {
            None
        };
        let Some(verb) = verb else { continue };
        if parse.tag(w) == "NNS"
            && parse.dep(w) == "conj"
            && parse.tag(w - 1) == "CC"
            && kids(parse, w).any(|k| k > w && parse.dep(k) == "dobj")
            && may_be_present_verb(parse, w)
        {
            parse.tokens[w].tag = vbz;
            attach(parse, w, Some(verb), conj);
            attach(parse, w - 1, Some(verb), cc);
        }
    }
}

/// "Serbian and Hungarian soldiers trained side by side", read with
/// "trained" as a participle on the soldiers and "by side" as its agent: the
/// fixed adverb "side by side" (or "shoulder to shoulder", "hand in hand")
/// modifies its verb, a "with" right after it is the verb's "alongside"
/// ("fought shoulder to shoulder with X"), and a participle it follows on the
/// root noun of a sentence with no finite verb is the clause's verb.
pub fn side_by_side(parse: &mut Parse) {
    let (Some(advmod), Some(prep), Some(pobj)) = (label(parse, "advmod"), label(parse, "prep"), label(parse, "pobj"))
    else {
        return;
    };
    for first in 0..parse.len().saturating_sub(2) {
        let link = parse.word(first + 1);
        if !matches!(link, "by" | "to" | "in") {
            continue;
        }
        let noun = parse.word(first).to_ascii_lowercase();
        let fixed = matches!((noun.as_str(), link), ("side", "by") | ("shoulder", "to") | ("hand", "in"));
        if !fixed || !parse.word(first + 2).eq_ignore_ascii_case(&noun) {
            continue;
        }
        let Some(verb) = parse.head(first).filter(|&v| parse.tag(v).starts_with("VB") && v < first) else { continue };
        // ("fought the M23 side by side with X", read with "the M23" on "side": the noun before it
        // is the verb's object, with the words before it.)
        let object = first - 1;
        if parse.head(object) == Some(first)
            && parse.tag(object).starts_with("NN")
            && !kids(parse, verb).any(|k| parse.dep(k) == "dobj")
        {
            if let Some(dobj) = label(parse, "dobj") {
                for k in kids(parse, first).filter(|&k| k < object).collect::<Vec<_>>() {
                    parse.tokens[k].head = Some(object);
                }
                attach(parse, object, Some(verb), dobj);
            }
        }
        attach(parse, first, Some(verb), advmod);
        attach(parse, first + 1, Some(first), prep);
        attach(parse, first + 2, Some(first + 1), pobj);
        // ("fought shoulder to shoulder with Polish troops": the "with" after it is "alongside",
        // the verb's.)
        if first + 3 < parse.len() && parse.word(first + 3).eq_ignore_ascii_case("with") {
            attach(parse, first + 3, Some(verb), prep);
            parse.tokens[first + 3].lemma = "alongside".to_string();
            against_beside(parse);
        }
        let Some(noun) = parse.head(verb).filter(|&n| parse.dep(verb) == "acl" && parse.head(n).is_none()) else {
            continue;
        };
        if matches!(parse.tag(verb), "VBN" | "VBD") && !(0..parse.len()).any(|t| finite(parse, t)) {
            let Some(ids) = clause_ids(parse) else { return };
            let later: Vec<usize> = kids(parse, noun).filter(|&c| c > verb).collect();
            make_clause(parse, ids, verb, noun);
            for c in later {
                parse.tokens[c].head = Some(verb);
            }
        }
    }
}

/// "the talks between Armenia and Azerbaijan, hosted by Kazakhstan, ended", read with the
/// participle on the first of the pair: a participle set off by a comma after a "between" pair
/// describes the noun the pair is "between" of.
pub fn participle_after_pair(parse: &mut Parse) {
    for v in 0..parse.len() {
        if parse.dep(v) != "acl" || parse.tag(v) != "VBN" || v == 0 || parse.word(v - 1) != "," {
            continue;
        }
        let Some(first) = parse.head(v).filter(|&f| f < v && parse.dep(f) == "pobj") else { continue };
        let Some(noun) = parse
            .head(first)
            .filter(|&b| parse.lemma(b) == "between")
            .and_then(|b| parse.head(b))
            .filter(|&n| parse.tag(n).starts_with("NN"))
        else {
            continue;
        };
        if kids(parse, first).any(|c| parse.dep(c) == "conj" && c < v) {
            parse.tokens[v].head = Some(noun);
        }
    }
}

/// "fighters donated by the Russian Federation and the Republic of Belarus",
/// read with the second name as a conjunct of "fighters": a name joined by
/// "and" to a common noun, with a name in a prepositional phrase of that
/// noun's between them, is that nearer name's conjunct.
pub fn name_conjunct_on_common_noun(parse: &mut Parse) {
    for x in 0..parse.len() {
        let Some(h) = parse.head(x).filter(|_| parse.dep(x) == "conj") else { continue };
        if !parse.tag(x).starts_with("NNP") || !matches!(parse.tag(h), "NN" | "NNS") || h > x {
            continue;
        }
        let Some(and) = (h + 1..x).rev().find(|&c| parse.head(c) == Some(h) && parse.dep(c) == "cc") else { continue };
        let nearer = (h + 1..and).rev().find(|&p| {
            parse.tag(p).starts_with("NNP")
                && parse.dep(p) == "pobj"
                && under_or_is(parse, h, p)
                && !kids(parse, p).any(|c| parse.dep(c) == "conj")
        });
        let Some(nearer) = nearer else { continue };
        parse.tokens[x].head = Some(nearer);
        parse.tokens[and].head = Some(nearer);
    }
}

/// "Thai acting Prime Minister X", read with "Thai" as a compound of
/// "acting": a name or noun hung as a compound on an adjective or participle
/// right after it (no hyphen between) modifies what that word modifies.
pub fn compound_on_modifier(parse: &mut Parse) {
    for x in 0..parse.len().saturating_sub(1) {
        let Some(h) = parse.head(x) else { continue };
        if h == x + 1
            && parse.dep(x) == "compound"
            && parse.dep(h) == "amod"
            && matches!(parse.tag(h), "VBG" | "VBN" | "JJ")
            && parse.tokens[x].end < parse.tokens[h].start
        {
            let noun = parse.head(h);
            parse.tokens[x].head = noun;
        }
    }
}

/// "handed the Australian Army its first rockets", read with the second
/// object as an apposition to the first (or its object): an apposition with
/// no comma before it, opened by a possessive pronoun, on a verb's object, is
/// the verb's second object, and the first names whom it is given to.
pub fn second_object_read_as_apposition(parse: &mut Parse) {
    let (Some(dobj), Some(dative)) = (label(parse, "dobj"), label(parse, "dative")) else { return };
    for second in 0..parse.len() {
        // (Or as an object of the first: "handed the army [its first vehicles]".)
        let Some(first) = parse
            .head(second)
            .filter(|&h| parse.dep(second) == "appos" || parse.dep(second) == "dobj" && parse.tag(h).starts_with("NN"))
        else {
            continue;
        };
        let Some(verb) = parse.head(first).filter(|&v| parse.dep(first) == "dobj" && parse.tag(v).starts_with("VB"))
        else {
            continue;
        };
        let start = (0..second).find(|&x| under_or_is(parse, second, x)).unwrap_or(second);
        if start == 0 || parse.word(start - 1) == "," || parse.tag(start) != "PRP$" || start < first {
            continue;
        }
        attach(parse, first, Some(verb), dative);
        attach(parse, second, Some(verb), dobj);
    }
}

/// "bought 42 Rafales from France", read with the number as the object and
/// the name as its modifier: a number whose next word, a noun hung on it as a
/// modifier, is the head of the phrase: the noun takes the number's place,
/// the number counts it, and what hung on the number hangs on the noun.
pub fn number_read_as_head(parse: &mut Parse) {
    let Some(nummod) = label(parse, "nummod") else { return };
    for number in 0..parse.len().saturating_sub(1) {
        let noun = number + 1;
        if parse.tag(number) != "CD"
            || !parse.tag(noun).starts_with("NN")
            || parse.head(noun) != Some(number)
            || !matches!(parse.dep(noun), "amod" | "compound" | "appos")
            || !matches!(parse.dep(number), "dobj" | "pobj" | "nsubj" | "nsubjpass" | "conj" | "appos")
        {
            continue;
        }
        let (head, dep) = (parse.head(number), parse.tokens[number].dep);
        let rest: Vec<usize> = kids(parse, number).filter(|&c| c != noun).collect();
        attach(parse, noun, head, dep);
        attach(parse, number, Some(noun), nummod);
        for c in rest {
            parse.tokens[c].head = Some(noun);
        }
    }
}

/// "Egypt flies Rafales bought from France", read as the noun phrase "Egypt
/// flies Rafales" subject of "bought": a past form at the root that may be a
/// participle, whose subject is (or has as a modifier) a plural that may be a
/// verb in "-s" right after a name, is a clause: the plural its present verb,
/// the name its subject, the noun after the plural its object, and the past
/// form a participle on that object.
pub fn present_verb_before_participle(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    let (Some(vbz), Some(vbn), Some(nsubj), Some(dobj), Some(acl), Some(root_label)) = (
        tag_id(parse, "VBZ"),
        tag_id(parse, "VBN"),
        label(parse, "nsubj"),
        label(parse, "dobj"),
        label(parse, "acl"),
        label(parse, "root"),
    ) else {
        return;
    };
    let may_be_participle = |w: usize| {
        let dictionary = &parse.analyzer.tag_dictionary;
        dictionary.get(&parse.word(w).to_lowercase()).is_some_and(|tags| tags.contains(&usize::from(vbn)))
    };
    if parse.tag(root) != "VBD" || !may_be_participle(root) {
        return;
    }
    let Some(subject) = kids(parse, root).find(|&c| parse.dep(c) == "nsubj" && c < root) else { return };
    let verb =
        std::iter::once(subject).chain(kids(parse, subject).filter(|&c| parse.dep(c) == "compound")).find(|&w| {
            w >= 1
                && w < root
                && parse.tag(w) == "NNS"
                && parse.tag(w - 1).starts_with("NNP")
                && matches!(parse.head(w - 1), Some(h) if h == w || h == subject)
                && may_be_present_verb(parse, w)
        });
    let Some(verb) = verb else { return };
    // The object: the subject noun itself, or (when the plural is the subject) a noun read as its apposition.
    let object = if verb == subject {
        kids(parse, verb).find(|&c| c > verb && c < root && parse.dep(c) == "appos" && parse.tag(c).starts_with("NN"))
    } else {
        Some(subject)
    };
    let Some(object) = object else { return };
    let name = verb - 1;
    let before: Vec<usize> =
        (0..name).filter(|&c| matches!(parse.head(c), Some(h) if h == verb || h == subject)).collect();
    for c in before {
        parse.tokens[c].head = Some(name);
    }
    let stops: Vec<usize> = kids(parse, root).filter(|&c| c > root && parse.dep(c) == "punct").collect();
    attach(parse, verb, None, root_label);
    parse.tokens[verb].tag = vbz;
    attach(parse, name, Some(verb), nsubj);
    attach(parse, object, Some(verb), dobj);
    attach(parse, root, Some(object), acl);
    parse.tokens[root].tag = vbn;
    for c in stops {
        parse.tokens[c].head = Some(verb);
    }
}

/// "leaders from Uganda, the Democratic Republic of Congo and Rwanda" (or
/// "from Mali, Burkina Faso and Niger"), read with the second name as an
/// apposition to the first and the last as a conjunct inside it: a name after
/// a comma, with "the" or no determiner, in apposition to a name, whose phrase
/// ends in "and" or "or" and a last name, is the middle of a list: it and the
/// last name are conjuncts of the first.
pub fn list_read_as_apposition(parse: &mut Parse) {
    let (Some(conj), Some(cc)) = (label(parse, "conj"), label(parse, "cc")) else { return };
    for a in 0..parse.len() {
        let Some(first) = parse.head(a) else { continue };
        if !(parse.dep(a) == "appos"
            && parse.tag(a).starts_with("NNP")
            && parse.tag(first).starts_with("NNP")
            && first < a
            && kids(parse, a).all(|d| parse.dep(d) != "det" || parse.lemma(d) == "the"))
        {
            continue;
        }
        // The last name, joined by "and" or "or" somewhere inside the apposition's phrase.
        let last = (a + 1..parse.len()).find(|&c| {
            parse.dep(c) == "conj"
                && parse.tag(c).starts_with("NNP")
                && parse.head(c).is_some_and(|h| h != first && under_or_is(parse, a, h))
                && parse.head(c).is_some_and(|h| {
                    kids(parse, h).any(|k| k < c && parse.dep(k) == "cc" && matches!(parse.lemma(k), "and" | "or"))
                })
        });
        let Some(last) = last else { continue };
        let Some(and) = parse.head(last).and_then(|h| kids(parse, h).find(|&k| k < last && parse.dep(k) == "cc"))
        else {
            continue;
        };
        attach(parse, a, Some(first), conj);
        attach(parse, last, Some(first), conj);
        attach(parse, and, Some(first), cc);
    }
}

/// "France, Britain and Germany, which drafted the text, accused Tehran of
/// ...", read with the subject as the root and "accused" as a participle in
/// the relative clause: a root noun with a relative clause and no finite verb
/// of its own, followed after the clause's closing comma by a past form hung
/// inside the clause, is a clause whose verb is that past form.
pub fn verb_after_relative_clause(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    if !parse.tag(root).starts_with("NN") {
        return;
    }
    let Some(clause) = kids(parse, root).find(|&c| parse.dep(c) == "relcl") else { return };
    let under_clause = |t: usize| t != clause && under_or_is(parse, clause, t);
    if (0..parse.len()).any(|t| finite(parse, t) && !under_or_is(parse, clause, t)) {
        return;
    }
    // (Or hung on the closing punctuation, as a modifier of it.)
    let on_stop = |w: usize| parse.head(w).is_some_and(|h| parse.dep(h) == "punct");
    let Some(verb) = (clause + 1..parse.len()).find(|&w| {
        matches!(parse.tag(w), "VBN" | "VBD")
            && (under_clause(w) || on_stop(w))
            && matches!(parse.dep(w), "acl" | "conj" | "advcl" | "xcomp" | "amod")
            && parse.word(w - 1) == ","
    }) else {
        return;
    };
    let (Some(ids), Some(punct)) = (clause_ids(parse), label(parse, "punct")) else { return };
    let stop = parse.head(verb).filter(|&h| parse.dep(h) == "punct");
    let later: Vec<usize> = kids(parse, root).filter(|&c| c > verb).collect();
    make_clause(parse, ids, verb, root);
    for c in later {
        parse.tokens[c].head = Some(verb);
    }
    if let Some(s) = stop {
        attach(parse, s, Some(verb), punct);
    }
}

/// "a memorandum of understanding on military training", "a letter of
/// intent with Saab", read with the phrases after it on "understanding" or
/// "intent": what the document is on, with or between is the document's.
pub fn memorandum_of_understanding(parse: &mut Parse) {
    for w in 0..parse.len() {
        if !matches!(parse.lemma(w), "understanding" | "intent") || parse.dep(w) != "pobj" {
            continue;
        }
        let Some(document) = parse.head(w).filter(|&o| parse.lemma(o) == "of").and_then(|o| parse.head(o)) else {
            continue;
        };
        if !parse.tag(document).starts_with("NN") {
            continue;
        }
        let phrases: Vec<usize> = kids(parse, w)
            .filter(|&c| {
                parse.dep(c) == "prep" && matches!(parse.lemma(c), "on" | "with" | "between" | "for" | "to" | "among")
            })
            .collect();
        for c in phrases {
            parse.tokens[c].head = Some(document);
        }
    }
}

/// "The submarines Egypt bought from Germany arrived in 2017", read with the
/// noun fused onto the name as the subject of "bought" and "arrived" joined
/// to it with no conjunction: a common noun right before the name that is
/// its verb's subject, with a second finite verb joined to that verb and no
/// "and" or "but" between them, is the subject of the second verb, which is
/// the sentence's, and the first verb's clause is a relative clause on it.
pub fn subject_contact_clause(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    let finite = |t: usize| matches!(parse.tag(t), "VBD" | "VBZ" | "VBP");
    if !finite(root) {
        return;
    }
    let Some(name) = kids(parse, root).find(|&c| parse.dep(c) == "nsubj" && parse.tag(c).starts_with("NNP")) else {
        return;
    };
    let Some(noun) = name
        .checked_sub(1)
        .filter(|&n| matches!(parse.tag(n), "NN" | "NNS") && parse.head(n) == Some(name) && parse.dep(n) == "compound")
    else {
        return;
    };
    let Some(verb) = kids(parse, root).find(|&c| c > root && parse.dep(c) == "conj" && finite(c)) else { return };
    if kids(parse, root).any(|c| parse.dep(c) == "cc" && c < verb) || (root..verb).any(|t| parse.word(t) == ",") {
        return;
    }
    let (Some(ids), Some(relcl)) = (clause_ids(parse), label(parse, "relcl")) else { return };
    let tag = parse.tokens[verb].tag;
    // The subject's own words ("The") move with it.
    for k in kids(parse, name).filter(|&k| k < noun).collect::<Vec<_>>() {
        parse.tokens[k].head = Some(noun);
    }
    let later: Vec<usize> = kids(parse, root).filter(|&c| c > verb && parse.dep(c) == "punct").collect();
    make_clause(parse, ids, verb, noun);
    parse.tokens[verb].tag = tag;
    attach(parse, root, Some(noun), relcl);
    for c in later {
        parse.tokens[c].head = Some(verb);
    }
}

/// "the jets that France plans to hand over to Ukraine", read with "that" as
/// the object of "plans": a relative pronoun object of a verb whose
/// infinitive complement has no object of its own is the infinitive's object.
pub fn relative_object_of_infinitive(parse: &mut Parse) {
    for r in 0..parse.len() {
        let Some(verb) = parse.head(r) else { continue };
        if !(matches!(parse.tag(r), "WDT" | "WP") && parse.dep(r) == "dobj" && parse.tag(verb).starts_with("VB")) {
            continue;
        }
        let infinitive = kids(parse, verb).find(|&x| {
            parse.dep(x) == "xcomp"
                && parse.tag(x) == "VB"
                && kids(parse, x).any(|a| parse.tag(a) == "TO")
                && !kids(parse, x).any(|o| matches!(parse.dep(o), "dobj" | "dative"))
        });
        if let Some(x) = infinitive {
            parse.tokens[r].head = Some(x);
        }
    }
}

/// "This trip to China marks his first", tagged with "China marks" as a
/// noun phrase inside "to ...": a root noun whose main clause has no finite
/// verb (one in a subordinate or relative clause does not count), with a
/// plural noun that may be a verb in "-s" right after a name ending its
/// prepositional phrase, is a clause: the plural is its verb, the root noun
/// with its phrase the subject, the name the preposition's object, and what
/// hung on the root after the verb the verb's.
pub fn verb_after_prepositional_phrase(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    if !parse.tag(root).starts_with("NN") {
        return;
    }
    let subordinate = |t: usize| {
        let mut x = t;
        while let Some(h) = parse.head(x) {
            if matches!(parse.dep(x), "advcl" | "relcl" | "acl" | "ccomp") {
                return true;
            }
            x = h;
        }
        false
    };
    if (0..parse.len()).any(|t| finite(parse, t) && !subordinate(t)) {
        return;
    }
    let Some(verb) = (1..parse.len()).find(|&w| {
        parse.tag(w) == "NNS"
            && parse.dep(w) == "pobj"
            && parse.head(w).is_some_and(|p| parse.dep(p) == "prep" && parse.head(p) == Some(root))
            && parse.tag(w - 1).starts_with("NNP")
            && parse.head(w - 1) == Some(w)
            && may_be_present_verb(parse, w)
    }) else {
        return;
    };
    let (Some(ids), Some(vbz), Some(pobj), Some(dobj)) =
        (clause_ids(parse), tag_id(parse, "VBZ"), label(parse, "pobj"), label(parse, "dobj"))
    else {
        return;
    };
    let (name, prep) = (verb - 1, parse.head(verb).unwrap_or(root));
    for k in kids(parse, verb).filter(|&k| k < name).collect::<Vec<_>>() {
        parse.tokens[k].head = Some(name);
    }
    attach(parse, name, Some(prep), pobj);
    let later: Vec<usize> = kids(parse, root).filter(|&c| c > verb).collect();
    make_clause(parse, ids, verb, root);
    parse.tokens[verb].tag = vbz;
    for c in later {
        parse.tokens[c].head = Some(verb);
        if parse.dep(c) == "appos" {
            parse.tokens[c].dep = dobj;
        }
    }
}

/// "The junta's bombing campaign against the KIA continued", read with
/// "bombing" as a clause on the possessor and "campaign" its object: a
/// gerund right after a possessive modifies the noun after it, which the
/// possessor owns and which takes the possessor's place in the sentence.
pub fn possessed_gerund(parse: &mut Parse) {
    let (Some(poss), Some(amod)) = (label(parse, "poss"), label(parse, "amod")) else { return };
    for owner in 0..parse.len().saturating_sub(3) {
        let (case, gerund, noun) = (owner + 1, owner + 2, owner + 3);
        if parse.tag(case) == "POS"
            && parse.tag(gerund) == "VBG"
            && parse.head(gerund) == Some(owner)
            && parse.dep(gerund) == "acl"
            && parse.tag(noun).starts_with("NN")
            && parse.head(noun) == Some(gerund)
            && parse.dep(noun) == "dobj"
        {
            let (head, dep) = (parse.head(owner), parse.tokens[owner].dep);
            attach(parse, noun, head, dep);
            attach(parse, owner, Some(noun), poss);
            attach(parse, gerund, Some(noun), amod);
            for k in kids(parse, owner).filter(|&k| k > noun).collect::<Vec<_>>() {
                parse.tokens[k].head = Some(noun);
            }
        }
    }
}

/// "Tokyo and Washington, bound by a treaty since 1960, held drills", "The
/// rebels, supplied by Rwanda, seized Goma", read with no finite verb (the
/// participle or the subject as the root, the verb a modifier): an opening
/// noun phrase, a participle phrase set off by commas and a past form right
/// after them is a clause: the past form its verb, the noun phrase its
/// subject, the participle phrase a modifier of the subject, and a noun the
/// past form was read as modifying its object.
pub fn participle_phrase_before_verb(parse: &mut Parse) {
    let comma = |t: usize| parse.word(t) == ",";
    let Some(c1) = (1..parse.len()).find(|&t| comma(t)) else { return };
    let participle = c1 + 1;
    let Some(c2) = (participle + 1..parse.len()).find(|&t| comma(t)) else { return };
    let verb = c2 + 1;
    // (A closing attribution may have its finite verb: "..., the police said".)
    let reporting = |t: usize| t > verb && matches!(parse.lemma(t), "say" | "tell" | "report" | "add" | "state");
    let relative = |t: usize| t > verb && parse.dep(t) == "relcl";
    if (0..parse.len()).any(|t| finite(parse, t) && !reporting(t) && !relative(t)) {
        return;
    }
    // (The past form may be read as a noun: "Haitian police, backed by Kenyan officers, beat back
    // an assault".)
    let past = |t: usize| {
        parse.tag(t) == "VBN"
            || matches!(parse.tag(t), "NN" | "VB" | "JJ")
                && dictionary_allows(parse, &parse.word(t).to_lowercase(), "VBD")
                && t + 1 < parse.len()
                && matches!(parse.tag(t + 1), "DT" | "RB" | "RP" | "PRP$" | "CD")
    };
    if verb >= parse.len() || parse.tag(participle) != "VBN" || !past(verb) {
        return;
    }
    // The subject: the head of the words before the first comma.
    let Some(subject) = (0..c1).find(|&t| parse.head(t).is_none_or(|h| h >= c1)) else { return };
    if !(parse.tag(subject).starts_with("NN") || parse.tag(subject) == "PRP") {
        return;
    }
    let (Some(ids), Some(acl), Some(dobj), Some(punct)) =
        (clause_ids(parse), label(parse, "acl"), label(parse, "dobj"), label(parse, "punct"))
    else {
        return;
    };
    let old_root = root_of(parse);
    let attribution = old_root.filter(|&r| reporting(r));
    let modified =
        parse.head(verb).filter(|&x| x > verb && parse.tag(x).starts_with("NN") && parse.dep(verb) == "amod");
    make_clause(parse, ids, verb, subject);
    attach(parse, participle, Some(subject), acl);
    if let Some(x) = modified {
        attach(parse, x, Some(verb), dobj);
    }
    // The clause is what a closing attribution reports.
    if let (Some(r), Some(ccomp)) = (attribution, label(parse, "ccomp")) {
        attach(parse, verb, Some(r), ccomp);
    }
    // What hung on the old root after the phrase belongs to the clause.
    if let Some(r) = old_root.filter(|&r| r != verb && r != subject && attribution.is_none()) {
        for c in kids(parse, r).filter(|&c| c > c2 && c != verb).collect::<Vec<_>>() {
            parse.tokens[c].head = Some(verb);
        }
        if parse.dep(r) == "punct" {
            attach(parse, r, Some(verb), punct);
        }
    }
    for c in kids(parse, subject).filter(|&c| c > c2 && c != verb).collect::<Vec<_>>() {
        parse.tokens[c].head = Some(verb);
    }
    // A noun joined to the verb with no "and" is its object.
    if !kids(parse, verb).any(|c| parse.dep(c) == "dobj" || parse.dep(c) == "cc") {
        let object = kids(parse, verb)
            .find(|&c| matches!(parse.dep(c), "conj" | "appos") && c > verb && parse.tag(c).starts_with("NN"));
        if let Some(o) = object {
            attach(parse, o, Some(verb), dobj);
        }
    }
}

/// "five Type 26 frigates", "two Gowind 2500 corvettes", read with the name
/// as the head and the noun in apposition to it, or hung on the sentence's
/// final punctuation: a name and a number before a common noun designate a
/// model of it. The noun is the head (the name its compound, the number its
/// numeral) and takes the name's place, or, under punctuation, is the object
/// of the nearest verb before it.
pub fn model_designation(parse: &mut Parse) {
    let (Some(compound), Some(nummod), Some(dobj)) =
        (label(parse, "compound"), label(parse, "nummod"), label(parse, "dobj"))
    else {
        return;
    };
    for name in 0..parse.len().saturating_sub(2) {
        let number = name + 1;
        if !(parse.tag(name) == "NNP" && parse.tag(number) == "CD") {
            continue;
        }
        // (With modifiers between: "Skyranger 30 anti-drone systems", the noun read as the name's
        // conjunct.)
        let modifier = |x: usize| matches!(parse.tag(x), "JJ" | "HYPH") || parse.word(x) == "-";
        let Some(noun) = (number + 1..(number + 5).min(parse.len()))
            .take_while(|&x| x == number + 1 || modifier(x - 1))
            .find(|&x| matches!(parse.tag(x), "NN" | "NNS"))
        else {
            continue;
        };
        if noun > number + 1 && (number + 1..noun).any(|x| parse.head(x) != Some(noun)) {
            continue;
        }
        let punctuation = |x: Option<usize>| x.is_some_and(|h| parse.dep(h) == "punct");
        let (head, dep) = if parse.head(noun) == Some(name) || parse.head(noun) == Some(number) {
            (parse.head(name), parse.tokens[name].dep)
        } else if punctuation(parse.head(noun)) {
            match (0..name).rev().find(|&v| parse.tag(v).starts_with("VB")) {
                Some(v) => (Some(v), dobj),
                None => continue,
            }
        } else {
            continue;
        };
        let moved: Vec<usize> = kids(parse, name).filter(|&k| k != number && k != noun).collect();
        // (A name read as a verb's adverbial noun leaves the verb its object.)
        let verb_head = head.is_some_and(|h| parse.tag(h).starts_with("VB"));
        let dep = if verb_head && parse.dep(name) == "npadvmod" { dobj } else { dep };
        attach(parse, noun, head, dep);
        attach(parse, name, Some(noun), compound);
        attach(parse, number, Some(noun), nummod);
        for k in moved {
            parse.tokens[k].head = Some(noun);
        }
    }
}

/// "went to war", "came to power", read with "to" as an infinitive's marker
/// on a noun the tagger kept a noun: a noun has no infinitive, so "to" is the
/// verb's preposition and the noun its object. So is a name that can be no
/// verb ("condemned arms deliveries to Baghdad"; not a headline's "To Supply").
pub fn preposition_read_as_infinitive(parse: &mut Parse) {
    let (Some(prep_tag), Some(prep), Some(pobj), Some(vb)) =
        (tag_id(parse, "IN"), label(parse, "prep"), label(parse, "pobj"), tag_id(parse, "VB"))
    else {
        return;
    };
    let dictionary = &parse.analyzer.tag_dictionary;
    let no_verb = |w: &str| dictionary.get(&w.to_lowercase()).is_none_or(|tags| !tags.contains(&usize::from(vb)));
    for t in 0..parse.len().saturating_sub(1) {
        let w = t + 1;
        let Some(mut verb) = parse.head(w) else { continue };
        let noun = matches!(parse.tag(w), "NN" | "NNS") || parse.tag(w) == "NNP" && no_verb(parse.word(w));
        // ("sent two NASAMS systems to Ukraine in 2023", read with the name hung on the final stop:
        // the verb the words before "to" hang on.)
        let stray = parse.tag(w) == "NNP" && !parse.tag(verb).starts_with("VB") && !parse.tag(verb).starts_with("NN");
        if stray && t > 0 {
            let Some(v) = verb_above(parse, Some(t - 1), 4).filter(|&v| parse.tag(v).starts_with("VB") && v < t) else {
                continue;
            };
            verb = v;
        }
        if parse.tag(t) == "TO"
            && parse.dep(t) == "aux"
            && parse.head(t) == Some(w)
            && noun
            && (matches!(parse.dep(w), "dobj" | "xcomp") || stray)
            && parse.tag(verb).starts_with("VB")
        {
            parse.tokens[t].tag = prep_tag;
            attach(parse, t, Some(verb), prep);
            attach(parse, w, Some(t), pobj);
        }
    }
}

/// "called on the EU to sanction Belarus", read with "to" as a preposition
/// and "sanction Belarus" as its noun phrase: "to" after a verb's object,
/// before a singular common noun that may be a base verb (the tag dictionary
/// lists VB for it) fused onto a phrase that opens with a name ("Belarus",
/// "Russia's shadow fleet"), is the infinitive's "to": the noun is a verb,
/// the verb's complement, and the phrase its object.
pub fn infinitive_read_as_noun(parse: &mut Parse) {
    let (Some(to), Some(vb), Some(aux), Some(xcomp), Some(dobj)) =
        (tag_id(parse, "TO"), tag_id(parse, "VB"), label(parse, "aux"), label(parse, "xcomp"), label(parse, "dobj"))
    else {
        return;
    };
    let dictionary = &parse.analyzer.tag_dictionary;
    for t in 1..parse.len().saturating_sub(2) {
        let w = t + 1;
        let Some(verb) = parse.head(t) else { continue };
        // (The object's head may come later: "to sanction Russia's shadow fleet", with "sanction"
        // on "Russia".)
        let mut name = w;
        for _ in 0..3 {
            match parse.head(name) {
                Some(h) if h != t && h > name => name = h,
                _ => break,
            }
        }
        if parse.word(t).eq_ignore_ascii_case("to")
            && parse.tag(t) == "IN"
            && parse.tag(w) == "NN"
            && parse.tag(w + 1) == "NNP"
            && name > w
            && matches!(parse.tag(name), "NNP" | "NN" | "NNS")
            && parse.head(name) == Some(t)
            && parse.tag(verb).starts_with("VB")
            && kids(parse, verb).any(|c| c < t && matches!(parse.dep(c), "prep" | "dobj"))
            && dictionary.get(&parse.word(w).to_lowercase()).is_some_and(|tags| tags.contains(&usize::from(vb)))
        {
            attach(parse, w, Some(verb), xcomp);
            parse.tokens[w].tag = vb;
            parse.tokens[w].lemma = parse.word(w).to_lowercase();
            attach(parse, t, Some(w), aux);
            parse.tokens[t].tag = to;
            attach(parse, name, Some(w), dobj);
        }
    }
}

/// "Fighting erupted between ...", "Russia says ...", read with the first
/// word as the root and the verb under it labelled root: the parser chose
/// the right pair and the wrong head. The word labelled root becomes the
/// root and the former root hangs on it with the label it was given (a
/// verb under a subordinator is a subordinate clause: only the labels
/// change); a gerund so left without dependents before its verb is that
/// verb's subject ("Fighting erupted", "Shelling resumed").
pub fn swapped_root(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    if parse.dep(root) == "root" {
        return;
    }
    // (Or a gerund opening the sentence, with the finite verb right after it under it: "Shelling
    // erupted ...", read as a clausal subject with "erupted" its conjunct.)
    let opening_gerund =
        |c: usize| root == 0 && c == 1 && parse.tag(root) == "VBG" && matches!(parse.tag(c), "VBD" | "VBZ" | "VBP");
    let Some(verb) = kids(parse, root).find(|&c| parse.dep(c) == "root" || opening_gerund(c)) else { return };
    let (Some(root_id), Some(nsubj)) = (label(parse, "root"), label(parse, "nsubj")) else { return };
    let (label_of_root, root_label) = (parse.tokens[root].dep, root_id);
    if kids(parse, verb).any(|c| parse.dep(c) == "mark") {
        // "This trip marks ..., though he has visited ...": the verb
        // under its subordinator is the subordinate clause after all.
        let Some(advcl) = label(parse, "advcl") else { return };
        parse.tokens[root].dep = root_label;
        parse.tokens[verb].dep = advcl;
        return;
    }
    attach(parse, verb, None, root_label);
    attach(parse, root, Some(verb), label_of_root);
    for c in 0..parse.len() {
        if c != verb && parse.head(c) == Some(root) && c > root && c > verb {
            parse.tokens[c].head = Some(verb);
        }
    }
    // (`gerund_subject`, later, makes such a subject a noun.)
    let bare_gerund = parse.tag(root) == "VBG" && root + 1 == verb && kids(parse, root).next().is_none();
    if bare_gerund && parse.tag(verb).starts_with("VB") {
        parse.tokens[root].dep = nsubj;
    }
}

/// "..., where Russian and Tajik troops held joint drills.", read with the
/// subject hung on the final stop and "held" as a participle on it: a
/// subject whose head is punctuation, with a participle after it, has that
/// participle for its verb, in the past tense.
pub fn stranded_subject(parse: &mut Parse) {
    let (Some(vbd), Some(advcl), Some(nsubj)) = (tag_id(parse, "VBD"), label(parse, "advcl"), label(parse, "nsubj"))
    else {
        return;
    };
    for s in 0..parse.len() {
        let Some(h) = parse.head(s) else { continue };
        if parse.dep(s) != "nsubj" || !matches!(parse.word(h), "." | "," | ";") {
            continue;
        }
        let Some(c) = kids(parse, s).find(|&c| c > s && parse.dep(c) == "acl" && parse.tag(c) == "VBN") else {
            continue;
        };
        let before: Vec<usize> = kids(parse, h).filter(|&k| k < s && k != s).collect();
        for k in before {
            parse.tokens[k].head = Some(c);
        }
        let up = parse.head(h);
        attach(parse, c, up, advcl);
        parse.tokens[c].tag = vbd;
        attach(parse, s, Some(c), nsubj);
    }
}

/// "..., while Kazakhstan pumps crude to China", with "Kazakhstan pumps
/// crude" read as one noun phrase and no verb left in the clause: after a
/// subordinating word, a plural that may be a verb in "-s", right after a
/// name and before a noun phrase, is the clause's verb; the name is its
/// subject and the noun phrase its object.
pub fn subordinate_present_verb(parse: &mut Parse) {
    let Some(vbz) = tag_id(parse, "VBZ") else { return };
    let (Some(advcl), Some(nsubj), Some(dobj), Some(mark)) =
        (label(parse, "advcl"), label(parse, "nsubj"), label(parse, "dobj"), label(parse, "mark"))
    else {
        return;
    };
    let Some(root) = root_of(parse) else { return };
    for m in 1..parse.len().saturating_sub(3) {
        if parse.tag(m) != "IN" || parse.dep(m) != "mark" || !matches!(parse.lemma(m), "while" | "whereas" | "as") {
            continue;
        }
        // The clause runs to the next comma or the end, with no verb in it.
        let end = (m + 1..parse.len()).find(|&t| matches!(parse.word(t), "," | ";" | ".")).unwrap_or(parse.len());
        if (m + 1..end).any(|t| parse.tag(t).starts_with("VB") || parse.tag(t) == "MD") {
            continue;
        }
        let (w, s) = (m + 2, m + 1);
        if w + 1 >= end
            || parse.tag(w) != "NNS"
            || !parse.tag(s).starts_with("NNP")
            || !matches!(parse.tag(w + 1), "NN" | "NNS" | "DT" | "JJ" | "CD" | "NNP")
            || !may_be_present_verb(parse, w)
        {
            continue;
        }
        // The object: the last noun of the first run of nouns after the verb.
        let Some(o) = (w + 1..end)
            .find(|&t| parse.tag(t).starts_with("NN") && !(t + 1 < end && parse.tag(t + 1).starts_with("NN")))
        else {
            continue;
        };
        let later: Vec<usize> = (o + 1..end)
            .filter(|&t| parse.head(t) == Some(o) && parse.dep(t) == "prep" && parse.lemma(t) != "of")
            .collect();
        for k in w + 1..o {
            parse.tokens[k].head = Some(o);
        }
        attach(parse, w, Some(root), advcl);
        parse.tokens[w].tag = vbz;
        attach(parse, s, Some(w), nsubj);
        attach(parse, o, Some(w), dobj);
        attach(parse, m, Some(w), mark);
        for k in later {
            parse.tokens[k].head = Some(w);
        }
    }
}

/// Verbs whose past participle, after a noun, describes how the thing it
/// names was obtained or made ("fighters bought from Russia").
const OBTAINING: [&str; 20] = [
    "buy",
    "purchase",
    "order",
    "acquire",
    "obtain",
    "procure",
    "import",
    "lease",
    "supply",
    "deliver",
    "sell",
    "donate",
    "provide",
    "ship",
    "send",
    "export",
    "build",
    "make",
    "manufacture",
    "produce",
];

/// "Peru flies fighters bought from Russia", read with "fighters bought
/// from Russia" as a clause (the fighters bought something): a clause
/// complement whose verb needs an object and has none, with a common noun
/// subject right after the main verb, which has no object, is that verb's
/// object with a participle on it.
pub fn reduced_relative(parse: &mut Parse) {
    let (Some(vbn), Some(dobj), Some(acl)) = (tag_id(parse, "VBN"), label(parse, "dobj"), label(parse, "acl")) else {
        return;
    };
    for c in 2..parse.len() {
        let Some(v) = parse.head(c).filter(|&v| v < c) else { continue };
        // ("welcomed the Mutual Defence Agreement concluded between X and Y": a verb of settling with
        // its parties after "between" has what it settles for its object, never its subject.)
        let settled = SETTLING.contains(&parse.lemma(c))
            && kids(parse, c).any(|k| parse.dep(k) == "prep" && parse.lemma(k) == "between");
        if parse.dep(c) != "ccomp"
            || parse.tag(c) != "VBD"
            || !(OBTAINING.contains(&parse.lemma(c)) || settled)
            || !parse.tag(v).starts_with("VB")
            || REPORTING.contains(&parse.lemma(v))
            || kids(parse, v).any(|k| parse.dep(k) == "dobj")
            || kids(parse, c).any(|k| matches!(parse.dep(k), "dobj" | "ccomp" | "xcomp" | "aux" | "auxpass" | "mark"))
        {
            continue;
        }
        let Some(s) = kids(parse, c).find(|&k| k < c && parse.dep(k) == "nsubj") else { continue };
        // The subject's phrase starts right after the main verb.
        let first = (v + 1..s).all(|x| under_or_is(parse, s, x));
        // (Or a name in the plural: "flies Rafales bought from France".)
        let plural_name = matches!(parse.tag(s), "NNP" | "NNPS") && parse.word(s).ends_with('s');
        if !first || !(matches!(parse.tag(s), "NN" | "NNS") || plural_name || settled) {
            continue;
        }
        attach(parse, s, Some(v), dobj);
        attach(parse, c, Some(s), acl);
        parse.tokens[c].tag = vbn;
    }
    // ("operates MiG-29 fighters bought from Russia", with "bought" a clause of "operates" that has no
    // subject: the participle is on the object right before it.)
    for c in 2..parse.len() {
        let o = c - 1;
        if parse.dep(c) == "ccomp"
            && parse.tag(c) == "VBD"
            && OBTAINING.contains(&parse.lemma(c))
            && matches!(parse.tag(o), "NN" | "NNS")
            && parse.dep(o) == "dobj"
            && parse.head(o) == parse.head(c)
            && !kids(parse, c)
                .any(|k| parse.dep(k).starts_with("nsubj") || matches!(parse.dep(k), "dobj" | "aux" | "mark"))
        {
            attach(parse, c, Some(o), acl);
            parse.tokens[c].tag = vbn;
        }
    }
    // ("took delivery of six K9 howitzers ordered from X", with "ordered" joined to "took" with no
    // conjunction: a verb joined right after a noun of the verb's phrase, with no subject or object
    // of its own, is a participle on that noun.)
    for c in 2..parse.len() {
        let o = c - 1;
        if parse.dep(c) == "conj"
            && parse.tag(c) == "VBD"
            && OBTAINING.contains(&parse.lemma(c))
            && matches!(parse.tag(o), "NN" | "NNS")
            && parse.head(c).is_some_and(|v| v < o && under_or_is(parse, v, o))
            && !kids(parse, c).any(|k| {
                parse.dep(k).starts_with("nsubj") || matches!(parse.dep(k), "dobj" | "aux" | "auxpass" | "mark" | "cc")
            })
            && !parse.head(c).is_some_and(|v| kids(parse, v).any(|k| parse.dep(k) == "cc" && k < c))
        {
            attach(parse, c, Some(o), acl);
            parse.tokens[c].tag = vbn;
        }
    }
    // ("took delivery of the first of six howitzers ordered from X", with the phrase after "of" read
    // as the subject of "ordered": a preposition left without object before that subject takes it
    // back, and the participle is on the noun right before it.)
    let Some(pobj) = label(parse, "pobj") else { return };
    for c in 2..parse.len() {
        let o = c - 1;
        if parse.dep(c) != "ccomp"
            || parse.tag(c) != "VBD"
            || !OBTAINING.contains(&parse.lemma(c))
            || !matches!(parse.tag(o), "NN" | "NNS")
            || kids(parse, c).any(|k| matches!(parse.dep(k), "dobj" | "aux" | "auxpass" | "mark"))
        {
            continue;
        }
        let Some(s) = kids(parse, c).find(|&k| k < c && parse.dep(k) == "nsubj") else { continue };
        let start = (0..=s).find(|&x| under_or_is(parse, s, x)).unwrap_or(s);
        let Some(pr) = start.checked_sub(1) else { continue };
        if parse.dep(pr) == "prep"
            && parse.tag(pr) == "IN"
            && !kids(parse, pr).any(|k| parse.dep(k) == "pobj")
            && (start..c).all(|x| under_or_is(parse, s, x))
        {
            attach(parse, s, Some(pr), pobj);
            attach(parse, c, Some(o), acl);
            parse.tokens[c].tag = vbn;
        }
    }
}

/// "HRW said Russia's attacks on Kharkiv amount to war crimes", read with
/// "Kharkiv amount" as one noun: in the object of a reporting verb, "amount"
/// or "amounts" with "to" right after it is the reported clause's verb (and
/// "to" its preposition); the object is its subject, and a name fused before
/// it goes back to the phrase it ended ("on Kharkiv").
pub fn reported_amount_to(parse: &mut Parse) {
    let (Some(vbp), Some(vbz)) = (tag_id(parse, "VBP"), tag_id(parse, "VBZ")) else { return };
    let (Some(ccomp), Some(nsubj)) = (label(parse, "ccomp"), label(parse, "nsubj")) else { return };
    for a in 2..parse.len().saturating_sub(1) {
        let plural = match parse.word(a) {
            w if w.eq_ignore_ascii_case("amount") => false,
            w if w.eq_ignore_ascii_case("amounts") => true,
            _ => continue,
        };
        if !parse.tag(a).starts_with("NN") || parse.lemma(a + 1) != "to" || parse.dep(a + 1) != "prep" {
            continue;
        }
        // The reporting verb whose object holds it, and that object.
        let mut o = a;
        while let Some(h) = parse.head(o).filter(|_| parse.dep(o) != "dobj") {
            o = h;
        }
        let Some(r) = parse.head(o).filter(|&r| o != a && REPORTING.contains(&parse.lemma(r))) else { continue };
        if (r + 1..a).any(|t| parse.tag(t).starts_with("VB") || parse.tag(t) == "MD") {
            continue;
        }
        let (old_head, old_dep) = (parse.head(a), parse.tokens[a].dep);
        let fused: Vec<usize> = kids(parse, a).filter(|&k| k < a && parse.dep(k) == "compound").collect();
        // (A preposition's object with nothing fused before it is an amount: "on the amount to pay".)
        if fused.is_empty() && old_head.is_some_and(|h| parse.tag(h) == "IN") {
            continue;
        }
        if let Some((&last, rest)) = fused.split_last() {
            attach(parse, last, old_head, old_dep);
            for &k in rest {
                parse.tokens[k].head = Some(last);
            }
        }
        parse.tokens[a].tag = if plural { vbz } else { vbp };
        parse.tokens[a].lemma = "amount".to_string();
        parse.tokens[a + 1].head = Some(a);
        attach(parse, o, Some(a), nsubj);
        attach(parse, a, Some(r), ccomp);
    }
}

/// Verbs that report what someone says or holds true.
/// Verbs of settling an agreement, whose parties may follow "between".
const SETTLING: [&str; 9] = ["conclude", "sign", "agree", "reach", "strike", "negotiate", "broker", "seal", "ink"];

const REPORTING: [&str; 8] = ["say", "tell", "report", "think", "believe", "add", "claim", "know"];

/// "officials said the Russian military supplies drones to the junta", read
/// with "military supplies drones" as one noun phrase: in the object of a
/// reporting verb, a plural that may be a verb in "-s", right after a noun
/// and before the phrase's head, is the reported clause's verb; the noun is
/// its subject and the head its object. A verb joined to the reporting verb
/// after that phrase, with no subject of its own, is joined to the new verb
/// ("says the army controls the region and has supplied the rebels").
pub fn reported_present_verb(parse: &mut Parse) {
    let Some(vbz) = tag_id(parse, "VBZ") else { return };
    let (Some(ccomp), Some(nsubj), Some(dobj)) = (label(parse, "ccomp"), label(parse, "nsubj"), label(parse, "dobj"))
    else {
        return;
    };
    for w in 2..parse.len() {
        let s = w - 1;
        let Some(h) = parse.head(w).filter(|&h| h > w) else { continue };
        let Some(r) = parse.head(h).filter(|&r| r < s) else { continue };
        if parse.tag(w) != "NNS"
            || !matches!(parse.dep(w), "compound" | "nmod")
            || !matches!(parse.dep(h), "dobj" | "nsubj")
            || !parse.tag(h).starts_with("NN")
            || !REPORTING.contains(&parse.lemma(r))
            || !matches!(parse.tag(s), "NN" | "NNP" | "NNPS" | "JJ")
            || parse.head(s) != Some(w)
            || (r + 1..w).any(|t| parse.tag(t).starts_with("VB") || parse.tag(t) == "MD")
            || !may_be_present_verb(parse, w)
        {
            continue;
        }
        for t in r + 1..s {
            if matches!(parse.head(t), Some(x) if x == w || x == h) {
                parse.tokens[t].head = Some(s);
            }
        }
        attach(parse, s, Some(w), nsubj);
        attach(parse, w, Some(r), ccomp);
        parse.tokens[w].tag = vbz;
        attach(parse, h, Some(w), dobj);
        let later: Vec<usize> =
            kids(parse, h).filter(|&c| c > h && parse.dep(c) == "prep" && parse.lemma(c) != "of").collect();
        for c in later {
            parse.tokens[c].head = Some(w);
        }
        let joined: Vec<usize> = kids(parse, r)
            .filter(|&c| {
                c > h
                    && matches!(parse.dep(c), "conj" | "cc")
                    && !kids(parse, c).any(|k| parse.dep(k).starts_with("nsubj"))
            })
            .collect();
        for c in joined {
            parse.tokens[c].head = Some(w);
        }
    }
}

/// "battled Congolese troops and allied Wazalendo militias", read with
/// "allied" as a second verb: a participle such as "allied" or "affiliated"
/// joined to a verb, with no subject, no "with" and an object noun right
/// after it, modifies that noun, which joins the first verb's object.
pub fn allied_modifier(parse: &mut Parse) {
    let (Some(jj), Some(amod), Some(conj)) = (tag_id(parse, "JJ"), label(parse, "amod"), label(parse, "conj")) else {
        return;
    };
    for a in 1..parse.len() {
        let Some(v) = parse.head(a) else { continue };
        if !["allied", "affiliated", "aligned"].iter().any(|w| parse.word(a).eq_ignore_ascii_case(w))
            || parse.dep(a) != "conj"
            || !parse.tag(v).starts_with("VB")
            || kids(parse, a).any(|k| parse.dep(k).starts_with("nsubj") || parse.lemma(k) == "with")
        {
            continue;
        }
        let Some(o) = kids(parse, a).find(|&k| parse.dep(k) == "dobj" && parse.tag(k).starts_with("NN")) else {
            continue;
        };
        let Some(first) = kids(parse, v).find(|&k| k < a && parse.dep(k) == "dobj") else { continue };
        let and: Vec<usize> = kids(parse, v).filter(|&k| k > first && k < a && parse.dep(k) == "cc").collect();
        for k in and {
            parse.tokens[k].head = Some(first);
        }
        attach(parse, o, Some(first), conj);
        attach(parse, a, Some(o), amod);
        parse.tokens[a].tag = jj;
    }
}

/// "troops fought alongside Russian forces against Ukraine", read with
/// "against Ukraine" on "forces": an "against" phrase on the object of
/// "alongside" or "beside" says whom the verb is against.
pub fn against_beside(parse: &mut Parse) {
    for a in 1..parse.len() {
        let Some(n) = parse.head(a) else { continue };
        if parse.lemma(a) != "against" || parse.dep(a) != "prep" || parse.dep(n) != "pobj" {
            continue;
        }
        let Some(b) = parse.head(n).filter(|&b| matches!(parse.lemma(b), "alongside" | "beside")) else { continue };
        if let Some(v) = parse.head(b).filter(|&v| parse.tag(v).starts_with("VB")) {
            let dep = parse.tokens[a].dep;
            attach(parse, a, Some(v), dep);
        }
    }
}

/// "delivered the launchers Poland ordered", read with "Poland ordered" as a
/// clause complement of "delivered": a clause with no object of its own whose
/// subject follows right after a noun object is a relative clause on that noun
/// with no pronoun ("the launchers [that] Poland ordered").
pub fn object_contact_clause(parse: &mut Parse) {
    let Some(relcl) = label(parse, "relcl") else { return };
    for v in 2..parse.len() {
        let Some(h) = parse.head(v) else { continue };
        if parse.dep(v) != "ccomp"
            || !parse.tag(h).starts_with("VB")
            || REPORTING.contains(&parse.lemma(h))
            || kids(parse, v).any(|k| matches!(parse.dep(k), "dobj" | "ccomp" | "xcomp" | "mark"))
        {
            continue;
        }
        let Some(s) = kids(parse, v).find(|&k| k < v && parse.dep(k) == "nsubj") else { continue };
        // The subject's first word, and the noun right before it.
        let first = (0..s).rev().take_while(|&x| parse.head(x) == Some(s)).last().unwrap_or(s);
        let Some(o) = first.checked_sub(1) else { continue };
        if matches!(parse.tag(o), "NN" | "NNS") && matches!(parse.dep(o), "dobj" | "pobj") && under_or_is(parse, h, o) {
            attach(parse, v, Some(o), relcl);
        }
    }
}

/// "ships a third of the gas Germany consumes", read with "the gas Germany"
/// as one name and "consumes" as a clause of its own: a common noun fused
/// onto a name that is nobody's subject, right before a finite verb, is the
/// noun a relative clause with no pronoun is on: the name is the verb's
/// subject, and a subject the verb had before the noun is the object of the
/// verb the clause hung on ("a third").
pub fn fused_contact_clause(parse: &mut Parse) {
    let (Some(nsubj), Some(dobj), Some(relcl)) = (label(parse, "nsubj"), label(parse, "dobj"), label(parse, "relcl"))
    else {
        return;
    };
    for v in 2..parse.len() {
        let name = v - 1;
        if !matches!(parse.tag(v), "VBZ" | "VBD" | "VBP")
            || parse.tag(name) != "NNP"
            || matches!(parse.dep(name), "nsubj" | "nsubjpass")
            || parse.head(name) == Some(v)
            || !matches!(parse.dep(v), "ccomp" | "conj" | "advcl" | "dep")
            || kids(parse, v).any(|k| matches!(parse.dep(k), "dobj" | "mark"))
        {
            continue;
        }
        let first = (0..name).rev().take_while(|&x| parse.tag(x) == "NNP" && parse.head(x) == Some(name)).last();
        let Some(noun) = first.unwrap_or(name).checked_sub(1) else { continue };
        if !matches!(parse.tag(noun), "NN" | "NNS") || parse.head(noun) != Some(name) || parse.dep(noun) != "compound" {
            continue;
        }
        let (old_head, old_dep) = (parse.tokens[v].head, parse.tokens[name].dep);
        attach(parse, noun, parse.tokens[name].head, old_dep);
        attach(parse, name, Some(v), nsubj);
        attach(parse, v, Some(noun), relcl);
        let Some(h) = old_head.filter(|&h| h != noun && parse.tag(h).starts_with("VB")) else { continue };
        let earlier: Vec<usize> = kids(parse, v).filter(|&k| k < noun && parse.dep(k) == "nsubj").collect();
        let has_object = kids(parse, h).any(|k| parse.dep(k) == "dobj");
        for k in earlier {
            attach(parse, k, Some(h), if has_object { parse.tokens[k].dep } else { dobj });
        }
    }
}

/// "gas, which several EU countries still buy", read with both "which" and
/// "countries" as subjects of "buy": a relative pronoun before another subject
/// of its clause's verb is the verb's object.
pub fn relative_object(parse: &mut Parse) {
    let Some(dobj) = label(parse, "dobj") else { return };
    for w in 0..parse.len() {
        let Some(v) = parse.head(w) else { continue };
        if matches!(parse.tag(w), "WDT" | "WP")
            && parse.dep(w) == "nsubj"
            && parse.dep(v) == "relcl"
            && !kids(parse, v).any(|k| parse.dep(k) == "dobj")
            && kids(parse, v).any(|k| k > w && k < v && parse.dep(k) == "nsubj")
        {
            parse.tokens[w].dep = dobj;
        }
    }
}

/// Months and days, which open a sentence's time phrase ("In September", "On Monday").
const TIME_WORDS: [&str; 19] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// "In September Riyadh signed a pact", read with "September Riyadh" as one
/// name: a month or day fused to the name after the preposition that opens
/// the sentence is that phrase's object, and the name is the subject of the
/// verb that has none. So is a list of names read as joined to the date
/// ("In August 2024 Iraq and Turkey signed a memorandum", "Yet in May 2023
/// Egypt and Sudan ..."): the first name is the subject.
pub fn time_before_subject(parse: &mut Parse) {
    let (Some(nsubj), Some(pobj)) = (label(parse, "nsubj"), label(parse, "pobj")) else { return };
    // The preposition opens the sentence, perhaps after a conjunction or an adverb ("Yet in ...").
    let Some(at) = (0..parse.len().min(2)).find(|&i| parse.tag(i) == "IN") else { return };
    if parse.len() < at + 4 || at == 1 && !matches!(parse.tag(0), "CC" | "RB") {
        return;
    }
    let Some(verb) = parse.head(at).filter(|&v| parse.tag(v).starts_with("VB")) else { return };
    if kids(parse, verb).any(|k| parse.dep(k).starts_with("nsubj")) {
        return;
    }
    let time = |t: usize| is_time_word(parse, t);
    let Some(object) = kids(parse, at).find(|&n| parse.dep(n) == "pobj") else { return };
    if object == at + 1 && time(object) {
        let joined = kids(parse, object).find(|&c| c < verb && parse.dep(c) == "conj" && parse.tag(c) == "NNP");
        if let Some(name) = joined.filter(|&c| !time(c)) {
            attach(parse, name, Some(verb), nsubj);
        }
        return;
    }
    let name = object;
    if name != at + 2
        || !parse.tag(name).starts_with("NNP")
        || !time(at + 1)
        || time(name)
        || parse.head(at + 1) != Some(name)
    {
        return;
    }
    attach(parse, at + 1, Some(at), pobj);
    attach(parse, name, Some(verb), nsubj);
}

/// "Bangladesh, whose first nuclear plant was built by Rosatom, plans a second
/// one", read with both "Bangladesh" and "plant" as subjects of "built" and
/// "plans" as its conjunct: the clause of "whose" is a relative clause on the
/// name before it, and the verb joined after it is the name's own.
pub fn whose_clause(parse: &mut Parse) {
    let (Some(relcl), Some(nsubj)) = (label(parse, "relcl"), label(parse, "nsubj")) else { return };
    for w in 1..parse.len() {
        if parse.tag(w) != "WP$" {
            continue;
        }
        let Some(n) = parse.head(w) else { continue };
        let Some(v) = parse.head(n).filter(|_| parse.dep(n).starts_with("nsubj")) else { continue };
        // ("the pioneer is the United Arab Emirates, whose plant was built by KEPCO", the clause read
        // as a complement: it is a relative clause on the noun before the comma.)
        let before = w.checked_sub(2).filter(|&b| parse.tag(b).starts_with("NN") && parse.tag(w - 1) == ",");
        if let Some(b) = before.filter(|_| parse.dep(v) == "ccomp") {
            // ("fielded drones bought from Turkey, whose sale ... has drawn criticism", with "drones"
            // a second subject of the clause: it is the object of the verb above.)
            // ("Azerbaijan, whose main arms supplier is Israel, bought drones", with the name the
            // clause's subject: it is the subject of the verb above.)
            let above = parse.head(v);
            for k in kids(parse, v).filter(|&k| k < w - 1 && parse.dep(k) == "nsubj").collect::<Vec<_>>() {
                if let Some(a) = above.filter(|&a| k == b && !kids(parse, a).any(|o| parse.dep(o).starts_with("nsubj")))
                {
                    attach(parse, k, Some(a), nsubj);
                } else if let (Some(a), Some(dobj)) = (above, label(parse, "dobj")) {
                    if !kids(parse, a).any(|o| parse.dep(o) == "dobj") {
                        attach(parse, k, Some(a), dobj);
                    }
                }
            }
            attach(parse, v, Some(b), relcl);
            continue;
        }
        // ("The purchases angered Azerbaijan, whose main supplier is Israel.", the clause read as a
        // second verb joined to the one whose object the name is: it is a relative clause on it.)
        if let Some(b) =
            before.filter(|&b| parse.dep(v) == "conj" && parse.dep(b) == "dobj" && parse.head(b) == parse.head(v))
        {
            attach(parse, v, Some(b), relcl);
            continue;
        }
        let subject = kids(parse, v).find(|&s| s < w && parse.dep(s).starts_with("nsubj") && parse.tag(w - 1) == ",");
        let main = kids(parse, v).find(|&c| c > n && parse.dep(c) == "conj" && parse.tag(c).starts_with("VB"));
        // ("Mali, whose rulers signed a pact, left ECOWAS", with "left" read as a modifier of a
        // later word: the first verb right after a comma that closes the clause is the main one.)
        let after_comma = || {
            (v + 1..parse.len()).find(|&c| {
                parse.word(c - 1) == ","
                    && parse.tag(c).starts_with("VB")
                    && parse.tag(c) != "VBG"
                    && !kids(parse, c).any(|k| parse.dep(k).starts_with("nsubj"))
            })
        };
        let (Some(s), Some(m)) = (subject, main.or_else(after_comma)) else { continue };
        let (head, dep) = (parse.tokens[v].head, parse.tokens[v].dep);
        if main.is_none() {
            // What follows the main verb hangs on it, not on the clause's words before it.
            for k in m + 1..parse.len() {
                if parse.head(k).is_some_and(|h| h < m) {
                    parse.tokens[k].head = Some(m);
                }
            }
            if let Some(vbd) = tag_id(parse, "VBD").filter(|_| parse.tag(m) == "VBN") {
                parse.tokens[m].tag = vbd;
            }
        }
        attach(parse, m, head, dep);
        attach(parse, s, Some(m), nsubj);
        attach(parse, v, Some(s), relcl);
    }
}

/// "a day after Indian and Pakistani troops exchanged fire", read with the
/// subject as the object of "after": a clause's marker with an object, on a
/// verb with no subject, gives the verb that object as its subject.
pub fn subject_under_mark(parse: &mut Parse) {
    let Some(nsubj) = label(parse, "nsubj") else { return };
    for m in 0..parse.len() {
        let Some(v) = parse.head(m) else { continue };
        if parse.dep(m) != "mark" || !parse.tag(v).starts_with("VB") || v < m {
            continue;
        }
        if kids(parse, v).any(|k| parse.dep(k).starts_with("nsubj") || parse.dep(k) == "expl") {
            continue;
        }
        let objects: Vec<usize> = kids(parse, m).filter(|&o| parse.dep(o) == "pobj" && o < v).collect();
        if let [o] = objects[..] {
            parse.tokens[o].head = Some(v);
            parse.tokens[o].dep = nsubj;
        }
    }
}

/// "Greece signed a deal with France to buy six more jets.", read with "to buy" hung on the final
/// full stop: an infinitive whose head is a punctuation mark hangs on the word the mark hangs on,
/// as an adverbial clause.
pub fn clause_on_punctuation(parse: &mut Parse) {
    let Some(advcl) = label(parse, "advcl") else { return };
    for v in 0..parse.len() {
        let Some(mark) = parse.head(v).filter(|&m| matches!(parse.tag(m), "." | "," | ":" | "HYPH" | "NFP")) else {
            continue;
        };
        let Some(host) = parse.head(mark) else { continue };
        let infinitive = parse.tag(v) == "VB" && kids(parse, v).any(|c| parse.tag(c) == "TO");
        if infinitive && !under_or_is(parse, v, host) {
            attach(parse, v, Some(host), advcl);
        }
    }
}

/// "came days after U.S. Secretary of State Marco Rubio sat down with ...", read with "after" as
/// a preposition without an object and the subject's head as a modifier of the verb: a temporal
/// preposition with nothing under it, before a finite verb with no subject, marks that verb's
/// clause, and the noun hung on the verb between them is its subject.
pub fn bare_subordinator(parse: &mut Parse) {
    let (Some(nsubj), Some(mark), Some(advcl)) = (label(parse, "nsubj"), label(parse, "mark"), label(parse, "advcl"))
    else {
        return;
    };
    for m in 0..parse.len() {
        if parse.dep(m) != "prep"
            || !matches!(parse.lemma(m), "after" | "before" | "since" | "until" | "till")
            || kids(parse, m).next().is_some()
        {
            continue;
        }
        let Some(v) = (m + 1..parse.len()).find(|&v| matches!(parse.tag(v), "VBD" | "VBZ" | "VBP")) else { continue };
        if kids(parse, v).any(|k| parse.dep(k).starts_with("nsubj") || parse.dep(k) == "expl") {
            continue;
        }
        let subjects: Vec<usize> = (m + 1..v)
            .filter(|&x| {
                parse.head(x) == Some(v)
                    && parse.tag(x).starts_with("NN")
                    && matches!(parse.dep(x), "nmod" | "npadvmod" | "compound" | "dobj")
            })
            .collect();
        let [subject] = subjects[..] else { continue };
        // The clause hangs where the preposition's phrase did, on the first word above it that is
        // not inside the verb's own phrase.
        let mut host = parse.head(m);
        while let Some(a) = host.filter(|&a| under_or_is(parse, v, a)) {
            host = parse.head(a);
        }
        let Some(host) = host else { continue };
        attach(parse, subject, Some(v), nsubj);
        attach(parse, m, Some(v), mark);
        attach(parse, v, Some(host), advcl);
    }
}

/// "joint drills west of Palawan", read with "west" as the noun and "drills"
/// as its compound: a compass word with an "of" after a noun is a modifier of
/// that noun, which keeps the role the compass word had.
pub fn direction_of(parse: &mut Parse) {
    let Some(npadvmod) = label(parse, "npadvmod") else { return };
    for d in 1..parse.len() {
        let c = d - 1;
        let compass = matches!(
            parse.lemma(d),
            "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest"
        );
        if compass
            && parse.tag(d).starts_with("NN")
            && parse.head(c) == Some(d)
            && parse.dep(c) == "compound"
            && parse.tag(c).starts_with("NN")
            && kids(parse, d).any(|k| parse.lemma(k) == "of")
        {
            let (head, dep) = (parse.tokens[d].head, parse.tokens[d].dep);
            parse.tokens[c].head = head;
            parse.tokens[c].dep = dep;
            for k in kids(parse, d).filter(|&k| k < c).collect::<Vec<_>>() {
                parse.tokens[k].head = Some(c);
            }
            parse.tokens[d].head = Some(c);
            parse.tokens[d].dep = npadvmod;
        }
    }
}

/// "We condemn in the strongest terms the actions of X", read with the object
/// as a conjunct of the verb: a noun joined to a verb with no "and", after a
/// prepositional phrase of the verb, when the verb has no object, is its
/// object moved to the end.
pub fn shifted_object(parse: &mut Parse) {
    let Some(dobj) = label(parse, "dobj") else { return };
    for n in 1..parse.len() {
        let Some(v) = parse.head(n) else { continue };
        if parse.dep(n) == "conj"
            && parse.tag(n).starts_with("NN")
            && parse.tag(v).starts_with("VB")
            && v < n
            && !kids(parse, v).any(|k| matches!(parse.dep(k), "cc" | "dobj"))
            && kids(parse, v).any(|k| parse.dep(k) == "prep" && k > v && k < n)
            && !(v + 1..n).any(|k| parse.word(k) == "," || parse.tag(k) == "CC" && parse.head(k) == Some(v))
        {
            parse.tokens[n].dep = dobj;
        }
    }
}

/// "handed over to the Moldovan army a first batch of carriers", read with
/// "over" as a preposition holding "to", and "a first batch" as a second
/// object of "to": a preposition has one object, so a second one that opens
/// with its own article or number, when the verb has no object, is the
/// verb's object moved after the phrase; and a preposition right after the
/// verb with no object of its own, holding that phrase, is the verb's
/// particle ("hand over").
pub fn second_object_of_preposition(parse: &mut Parse) {
    let (Some(dobj), Some(prt), Some(rp), Some(prep)) =
        (label(parse, "dobj"), label(parse, "prt"), tag_id(parse, "RP"), label(parse, "prep"))
    else {
        return;
    };
    for p in 1..parse.len() {
        if parse.tag(p) != "IN" {
            continue;
        }
        // The verb: the preposition's head, or the head of a bare preposition or particle right after
        // it that the preposition hangs on ("handed over [to X]": then the particle's).
        let Some(h) = parse.head(p) else { continue };
        let bare = matches!(parse.tag(h), "IN" | "RP")
            && h + 1 == p
            && !kids(parse, h).any(|k| k < p && parse.dep(k) == "pobj");
        let verb = if bare { parse.head(h) } else { Some(h) };
        let Some(verb) = verb.filter(|&v| parse.tag(v).starts_with("VB")) else { continue };
        if bare && h == verb + 1 {
            // (An object the particle was given after the phrase is the verb's: "over to X [a batch]".)
            let shifted: Vec<usize> = kids(parse, h).filter(|&k| k > p && parse.dep(k) == "pobj").collect();
            parse.tokens[h].tag = rp;
            attach(parse, h, Some(verb), prt);
            attach(parse, p, Some(verb), prep);
            if !kids(parse, verb).any(|k| parse.dep(k) == "dobj") {
                for k in shifted {
                    attach(parse, k, Some(verb), dobj);
                }
            }
        }
        let objects: Vec<usize> = kids(parse, p).filter(|&k| k > p && parse.dep(k) == "pobj").collect();
        // (Or read as the object's apposition with no comma: "to the National Army of Moldova a
        // first batch".)
        let (first, second) = match objects[..] {
            [first, second] => (first, second),
            [first] => {
                let appos = kids(parse, first).find(|&k| k > first && parse.dep(k) == "appos");
                let Some(second) = appos.filter(|&a| !(p..a).any(|x| parse.word(x) == ",")) else { continue };
                (first, second)
            }
            _ => continue,
        };
        let opens = |x: usize| kids(parse, x).any(|k| k < x && matches!(parse.dep(k), "det" | "nummod") && k > first);
        if opens(second) && !kids(parse, verb).any(|k| parse.dep(k) == "dobj") {
            attach(parse, second, Some(verb), dobj);
        }
    }
}

/// "Gas flows from Russia to Hungary", read with "to" on "from": the two
/// ends of a path are both the verb's. So is the end after an "on" with no
/// object of its own ("carries gas on to Hungary").
pub fn from_to(parse: &mut Parse) {
    for t in 0..parse.len() {
        if parse.dep(t) == "prep" && matches!(parse.lemma(t), "to" | "into") {
            let bare_on = |f: usize| parse.lemma(f) == "on" && !kids(parse, f).any(|k| parse.dep(k) == "pobj");
            if let Some(f) =
                parse.head(t).filter(|&f| parse.dep(f) == "prep" && (parse.lemma(f) == "from" || bare_on(f)))
            {
                parse.tokens[t].head = parse.head(f);
            }
        }
    }
}

/// "Fighting broke out between X and Y": a gerund that is a clause's subject
/// with no subject, auxiliary or object of its own is a noun ("fighting").
pub fn gerund_subject(parse: &mut Parse) {
    let Some(nn) = tag_id(parse, "NN") else { return };
    for t in 0..parse.len() {
        if parse.tag(t) == "VBG"
            && matches!(parse.dep(t), "nsubj" | "nsubjpass")
            && !kids(parse, t).any(|c| matches!(parse.dep(c), "nsubj" | "aux" | "dobj" | "auxpass"))
        {
            let lemma = parse.word(t).to_lowercase();
            let token = &mut parse.tokens[t];
            token.tag = nn;
            token.lemma = lemma;
        }
    }
}

/// "The drones Turkey sold to Ukraine proved effective", read with two
/// subjects for "proved" and "sold" as a participle on "Turkey": a noun
/// right before another subject of the same verb, with a participle on that
/// subject, is the object of a relative clause with no pronoun ("the drones
/// [that] Turkey sold").
pub fn contact_clause(parse: &mut Parse) {
    let (Some(vbd), Some(nsubj), Some(relcl)) = (tag_id(parse, "VBD"), label(parse, "nsubj"), label(parse, "relcl"))
    else {
        return;
    };
    for noun in 0..parse.len() {
        if !matches!(parse.tag(noun), "NN" | "NNS") {
            continue;
        }
        // The other subject: the next words' head, all after the noun; the parser may have read
        // the noun as its compound ("[the drones Turkey] sold").
        // (The main clause may be passive: "the frigates Italy sold to Egypt were delivered".)
        let subject_dep = |x: usize| matches!(parse.dep(x), "nsubj" | "nsubjpass");
        let fused = parse.dep(noun) == "compound" && parse.head(noun).is_some_and(|s| parse.tag(s) == "NNP");
        let subject = if fused {
            parse.head(noun).filter(|&s| s > noun && subject_dep(s))
        } else if subject_dep(noun) {
            let main = parse.head(noun);
            (noun + 1..parse.len()).take(4).find(|&s| {
                parse.dep(s) == parse.dep(noun)
                    && parse.head(s) == main
                    && (noun + 1..s).all(|x| parse.head(x) == Some(s))
            })
        } else {
            None
        };
        let Some(subject) = subject else { continue };
        let verb = subject + 1;
        // Or the parser made the clause's verb the main one and the main verb its conjunct: "the
        // sanctions the US imposed on Cuba remain in force".
        if !fused && parse.head(subject) == Some(verb) && parse.head(noun) == Some(verb) {
            let main = kids(parse, verb).find(|&c| {
                parse.dep(c) == "conj"
                    && matches!(parse.tag(c), "VBD" | "VBZ" | "VBP")
                    && !kids(parse, c).any(|d| parse.dep(d).starts_with("nsubj"))
                    && !kids(parse, verb).any(|d| parse.dep(d) == "cc" && d < c)
            });
            let Some(main) = main else { continue };
            let (head, dep) = (parse.tokens[verb].head, parse.tokens[verb].dep);
            parse.tokens[main].head = head;
            parse.tokens[main].dep = dep;
            let later: Vec<usize> = kids(parse, verb).filter(|&d| d > main || parse.dep(d) == "punct").collect();
            for d in later {
                parse.tokens[d].head = Some(main);
            }
            parse.tokens[noun].head = Some(main);
            let v = &mut parse.tokens[verb];
            v.head = Some(noun);
            v.dep = relcl;
            continue;
        }
        if verb >= parse.len()
            || parse.head(verb) != Some(subject)
            || parse.dep(verb) != "acl"
            || !matches!(parse.tag(verb), "VBN" | "VBD")
            || (noun + 1..subject).any(|x| parse.head(x) != Some(subject))
        {
            continue;
        }
        if fused {
            // The noun takes the subject's place in the main clause, its article with it.
            parse.tokens[noun].head = parse.head(subject);
            parse.tokens[noun].dep = parse.tokens[subject].dep;
            let before: Vec<usize> = (0..noun).filter(|&d| parse.head(d) == Some(subject)).collect();
            for d in before {
                parse.tokens[d].head = Some(noun);
            }
        }
        let v = &mut parse.tokens[verb];
        v.tag = vbd;
        v.head = Some(noun);
        v.dep = relcl;
        let s = &mut parse.tokens[subject];
        s.head = Some(verb);
        s.dep = nsubj;
    }
}

/// "Sweden has since deployed troops to Latvia", read as "has [since
/// deployed-troops]": "since" between a form of "have" and a participle is an
/// adverb, and the participle the verb of the clause with "have" as its
/// auxiliary; the noun it was read as modifying is its object. (Or as "has"
/// with "since" and the participle hung on the full stop: "... and has since
/// ordered 80 jets".)
pub fn perfect_since(parse: &mut Parse) {
    let (Some(aux), Some(advmod), Some(dobj)) = (label(parse, "aux"), label(parse, "advmod"), label(parse, "dobj"))
    else {
        return;
    };
    for have in 0..parse.len().saturating_sub(2) {
        let (since, part) = (have + 1, have + 2);
        if parse.lemma(have) != "have"
            || !parse.word(since).eq_ignore_ascii_case("since")
            || parse.head(since) != Some(have) && parse.head(since) != parse.head(part)
            || parse.tag(part) != "VBN"
            || parse.head(part).is_some_and(|h| h < part)
        {
            continue;
        }
        let object = parse.head(part).filter(|&n| parse.tag(n).starts_with("NN") && parse.head(n) == Some(since));
        let (mut head, dep) = (parse.head(have), parse.tokens[have].dep);
        // (The parser may have made the subject the root and "have" its dependent.)
        let subject = head.filter(|&h| h < have && parse.head(h).is_none() && parse.dep(h) == "nsubj");
        if let Some(s) = subject {
            head = None;
            parse.tokens[s].head = Some(part);
        }
        for c in kids(parse, have).collect::<Vec<_>>() {
            parse.tokens[c].head = Some(part);
        }
        attach(parse, part, head, dep);
        attach(parse, have, Some(part), aux);
        attach(parse, since, Some(part), advmod);
        if let Some(n) = object {
            attach(parse, n, Some(part), dobj);
        }
    }
}

/// A sentence with no finite verb whose root is a noun followed by a
/// participle with an object ("Pakistani jets carried out airstrikes on ...",
/// tagged as a reduced relative, "jets [that were] carried ...") is a clause:
/// the participle is its past-tense verb and the noun its subject. A passive
/// participle takes no direct object, so the object shows the misreading; so
/// does a root the parser itself labelled a subject ("Chinese and Indian
/// soldiers clashed in the valley").
pub fn finite_root(parse: &mut Parse) {
    let Some(root) = verbless_noun_root(parse) else { return };
    // (The participle may hang on the root's last conjunct: "Thai and Cambodian troops clashed".)
    let conjuncts: Vec<usize> = kids(parse, root).filter(|&c| parse.dep(c) == "conj").collect();
    let Some(verb) = kids(parse, root).chain(conjuncts.into_iter().flat_map(|c| kids(parse, c))).find(|&v| {
        v > root
            && parse.dep(v) == "acl"
            && parse.tag(v) == "VBN"
            && (kids(parse, v).any(|c| parse.dep(c) == "dobj") || parse.dep(root) == "nsubj")
            && !kids(parse, v).any(|c| matches!(parse.dep(c), "aux" | "auxpass" | "agent"))
    }) else {
        return;
    };
    let (Some(ids), Some(advcl)) = (clause_ids(parse), label(parse, "advcl")) else { return };
    // What followed the participle belongs to the clause: "..., targeting camps" is its adverbial.
    let later: Vec<usize> = kids(parse, root).filter(|&c| c > verb).collect();
    for c in later {
        parse.tokens[c].head = Some(verb);
        if parse.dep(c) == "acl" && parse.tag(c).starts_with("VB") {
            parse.tokens[c].dep = advcl;
        }
    }
    make_clause(parse, ids, verb, root);
}

/// "The PDF and the KIA beat back a junta offensive", read with no verb ("the
/// KIA beat" a noun joined to the first name, the offensive its apposition):
/// in a sentence with no finite verb, a noun the tag dictionary lets be a
/// past verb, right before a particle ("back", "off", "out", "down", "away")
/// and after the root's names, is the verb: the root its subject (a name
/// compounded on the noun joins the root when "and" waits for it), the
/// particle its particle and the noun after it its object.
pub fn verb_read_as_noun_before_particle(parse: &mut Parse) {
    let Some(root) = verbless_noun_root(parse) else { return };
    let (Some(ids), Some(rp), Some(prt), Some(dobj), Some(conj)) =
        (clause_ids(parse), tag_id(parse, "RP"), label(parse, "prt"), label(parse, "dobj"), label(parse, "conj"))
    else {
        return;
    };
    let Some(v) = (root + 1..parse.len().saturating_sub(2)).find(|&v| {
        parse.tag(v) == "NN"
            && dictionary_allows(parse, &parse.word(v).to_lowercase(), "VBD")
            && matches!(parse.word(v + 1).to_lowercase().as_str(), "back" | "off" | "out" | "down" | "away")
            && parse.head(v + 1) == Some(v)
            && under_or_is(parse, root, v)
    }) else {
        return;
    };
    let Some(object) =
        kids(parse, v).find(|&o| o > v + 1 && parse.tag(o).starts_with("NN") && !parse.dep(o).starts_with("prep"))
    else {
        return;
    };
    // (The noun itself may be the root's conjunct: "the PDF and [the KIA beat]".)
    let waiting_and =
        kids(parse, root).any(|k| parse.dep(k) == "cc") && !kids(parse, root).any(|k| k != v && parse.dep(k) == "conj");
    let named: Vec<usize> =
        kids(parse, v).filter(|&c| c < v && parse.dep(c) == "compound" && parse.tag(c).starts_with("NNP")).collect();
    let stops: Vec<usize> = kids(parse, root).filter(|&c| c > v && parse.dep(c) == "punct").collect();
    make_clause(parse, ids, v, root);
    parse.tokens[v + 1].tag = rp;
    attach(parse, v + 1, Some(v), prt);
    attach(parse, object, Some(v), dobj);
    if let (true, Some(&last)) = (waiting_and, named.last()) {
        let before: Vec<usize> = kids(parse, v).filter(|&c| c < last && parse.dep(c) == "det").collect();
        attach(parse, last, Some(root), conj);
        for d in before {
            parse.tokens[d].head = Some(last);
        }
    }
    for c in stops {
        parse.tokens[c].head = Some(v);
    }
}

/// "On Tuesday night, Pakistani jets carried out airstrikes on ...", read as
/// one prepositional phrase ("on Tuesday night, [and] jets carried ..."): a
/// sentence with no finite verb whose root is the preposition that opens it,
/// with a noun after the comma that a participle with an object modifies, is a
/// clause: the participle is its verb, the noun its subject, and the opening
/// phrase a modifier of the verb.
pub fn fronted_phrase(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    let finite = (0..parse.len()).any(|t| matches!(parse.tag(t), "VBD" | "VBZ" | "VBP" | "MD"));
    if root != 0 || parse.tag(root) != "IN" || finite {
        return;
    }
    let Some(comma) = (1..parse.len()).find(|&t| parse.word(t) == ",") else { return };
    // (Or one with no object but an adverb or a place: "During the drill, Swedish and Finnish units
    // exercised together in Finnmark", the only verb the sentence has.)
    let Some(verb) = (comma + 1..parse.len()).find(|&v| {
        parse.dep(v) == "acl"
            && parse.tag(v) == "VBN"
            && parse.head(v).is_some_and(|n| n > comma && n < v && parse.tag(n).starts_with("NN"))
            && kids(parse, v).any(|c| matches!(parse.dep(c), "dobj" | "advmod" | "prep"))
            && !kids(parse, v).any(|c| matches!(parse.dep(c), "aux" | "auxpass" | "agent"))
    }) else {
        return;
    };
    let (Some(ids), Some(advcl), Some(prep)) = (clause_ids(parse), label(parse, "advcl"), label(parse, "prep")) else {
        return;
    };
    let Some(subject) = parse.head(verb) else { return };
    // What followed the participle belongs to the clause: "..., targeting camps" is its adverbial.
    let later: Vec<usize> = kids(parse, subject).filter(|&c| c > verb).collect();
    for c in later {
        parse.tokens[c].head = Some(verb);
        if parse.tag(c) == "VBG" {
            parse.tokens[c].dep = advcl;
        }
    }
    make_clause(parse, ids, verb, subject);
    parse.tokens[root].head = Some(verb);
    parse.tokens[root].dep = prep;
}

/// "The Dutch minister held talks with ...", tagged as "the minister-held
/// talks": a sentence with no finite verb whose root noun the parser itself
/// labelled a subject, after a past form taken for its modifier and a noun
/// before that, is a clause: the past form is its verb, the noun before its
/// subject and the root noun its object.
pub fn modifier_verb(parse: &mut Parse) {
    let Some(root) = verbless_noun_root(parse) else { return };
    if root < 2 || parse.dep(root) != "nsubj" {
        return;
    }
    let verb = root - 1;
    let subject = verb - 1;
    if !matches!(parse.tag(verb), "VBN" | "VBD")
        || parse.dep(verb) != "amod"
        || parse.head(verb) != Some(root)
        || !parse.tag(subject).starts_with("NN")
        || parse.head(subject) != Some(root)
    {
        return;
    }
    let (Some(ids), Some(dobj)) = (clause_ids(parse), label(parse, "dobj")) else { return };
    // What hung on the noun after the verb belongs to the clause: "with ..." and the final stop.
    let later: Vec<usize> = kids(parse, root).filter(|&c| c > root).collect();
    for c in later {
        if parse.tag(c) == "." || parse.dep(c) == "punct" {
            parse.tokens[c].head = Some(verb);
        }
    }
    make_clause(parse, ids, verb, subject);
    let r = &mut parse.tokens[root];
    r.head = Some(verb);
    r.dep = dobj;
}

/// "Armenia's foreign minister and his Azerbaijani counterpart held peace talks
/// in Washington", parsed with the subject as root and "held" as a modifier of
/// "talks": a sentence with no finite verb whose root is a noun the parser
/// itself labelled a subject, followed by a past form modifying a noun after
/// it, is a clause: the past form is its verb, the root its subject and the
/// modified noun its object.
pub fn subject_root(parse: &mut Parse) {
    let Some(root) = verbless_noun_root(parse).or_else(|| subject_with_relative_clause(parse)) else {
        return named_subject_with_apposition(parse);
    };
    if parse.dep(root) != "nsubj" {
        return;
    }
    // (Not a participle fused to a word before it: "the Iranian-backed group" is a noun phrase.)
    // A past form read as an adjective after a comma, closing a relative clause: "Lukashenko, who
    // ..., again voiced support for ...".
    let past_adjective = |v: usize| {
        parse.tag(v) == "JJ"
            && parse.word(v).ends_with("ed")
            && (parse.word(v - 1) == "," || parse.tag(v - 1) == "RB" && v >= 2 && parse.word(v - 2) == ",")
    };
    let Some(verb) = (root + 1..parse.len()).find(|&v| {
        (matches!(parse.tag(v), "VBN" | "VBD") || past_adjective(v))
            && !(parse.word(v - 1) == "-" && parse.tokens[v - 1].end == parse.tokens[v].start)
            && parse.dep(v) == "amod"
            && parse.head(v).is_some_and(|n| n > v && parse.tag(n).starts_with("NN"))
    }) else {
        return;
    };
    let (Some(ids), Some(dobj), Some(object)) = (clause_ids(parse), label(parse, "dobj"), parse.head(verb)) else {
        return;
    };
    let stops: Vec<usize> =
        (0..parse.len()).filter(|&c| parse.head(c) == Some(root) && c > verb && parse.dep(c) == "punct").collect();
    for c in stops {
        parse.tokens[c].head = Some(verb);
    }
    make_clause(parse, ids, verb, root);
    let o = &mut parse.tokens[object];
    o.head = Some(verb);
    o.dep = dobj;
}

/// "Ahmed Khalil, the ministry's spokesman, denied reports that ...", read as
/// one noun phrase ("the denied reports" in apposition): a name with an
/// apposition closed by a comma, then a past participle modifying the noun
/// right after it, with no finite verb before it, is a clause with the name as
/// subject, when the name is the root or comes after the opening preposition
/// that is ("In response to questions, Ahmed Khalil, ..., denied ...": the
/// opening phrase modifies the verb).
fn named_subject_with_apposition(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    if parse.tag(root) != "NNP" && !(root == 0 && parse.tag(root) == "IN") {
        return;
    }
    let Some((name, verb)) = (root..parse.len()).filter(|&n| parse.tag(n) == "NNP").find_map(|n| {
        let a = kids(parse, n).find(|&a| parse.dep(a) == "appos")?;
        let v = (a + 1..parse.len()).find(|&v| parse.word(v - 1) == "," && parse.tag(v) == "VBN")?;
        Some((n, v))
    }) else {
        return;
    };
    let Some(object) = parse.head(verb).filter(|&n| {
        parse.dep(verb) == "amod" && n == verb + 1 && parse.tag(n).starts_with("NN") && parse.head(n) == Some(name)
    }) else {
        return;
    };
    if (0..verb).any(|t| matches!(parse.tag(t), "VBD" | "VBZ" | "VBP" | "MD")) {
        return;
    }
    let (Some(ids), Some(dobj), Some(prep)) = (clause_ids(parse), label(parse, "dobj"), label(parse, "prep")) else {
        return;
    };
    let stops: Vec<usize> = (0..parse.len())
        .filter(|&c| c > verb && parse.dep(c) == "punct" && matches!(parse.head(c), Some(h) if h == root || h == name))
        .collect();
    for c in stops {
        parse.tokens[c].head = Some(verb);
    }
    make_clause(parse, ids, verb, name);
    attach(parse, object, Some(verb), dobj);
    if root != name {
        attach(parse, root, Some(verb), prep);
    }
}

/// "Russia pumps oil to China", tagged as the noun phrase "Russia-pumps oil":
/// a sentence with no finite verb whose root noun has, among its modifiers,
/// a plural noun that may be a verb in "-s" (the tag dictionary allows the
/// word a VBZ or its lemma a VB) right after a name, is a clause: the plural
/// is its present-tense verb, the name its subject and the root its object.
/// So is a root plural of that kind with an object of its own after a name.
pub fn present_verb(parse: &mut Parse) {
    let Some(root) = verbless_noun_root(parse) else { return };
    let Some(vbz) = tag_id(parse, "VBZ") else { return };
    // The verb is a modifier of the root noun, or the root itself with an object ("the EU supplies arms").
    let Some(verb) = (1..=root).find(|&w| {
        parse.tag(w) == "NNS"
            && (w < root && parse.dep(w) == "compound" && parse.head(w) == Some(root)
                || w == root
                    && kids(parse, w).any(|c| parse.dep(c) == "dobj" || object_read_as_apposition(parse, w, c)))
            && parse.tag(w - 1).starts_with("NNP")
            && matches!(parse.head(w - 1), Some(h) if h == w || h == root)
            && may_be_present_verb(parse, w)
    }) else {
        return;
    };
    let (Some(ids), Some(dobj)) = (clause_ids(parse), label(parse, "dobj")) else { return };
    let subject = verb - 1;
    // The subject's own words: "the European [Union]" hung on the root noun.
    let before: Vec<usize> = kids(parse, root).filter(|&c| c < subject).collect();
    for c in before {
        parse.tokens[c].head = Some(subject);
    }
    move_clause_tail(parse, root, verb);
    make_clause(parse, ids, verb, subject);
    parse.tokens[verb].tag = vbz;
    if verb == root {
        // ("Iran arms the Houthis": the object read as an apposition.)
        let apposed: Vec<usize> = kids(parse, verb).filter(|&c| object_read_as_apposition(parse, verb, c)).collect();
        for c in apposed {
            parse.tokens[c].dep = dobj;
            // ("supplies France with uranium": what it is supplied with is the verb's.)
            let with: Vec<usize> =
                kids(parse, c).filter(|&k| parse.dep(k) == "prep" && parse.lemma(k) == "with").collect();
            for k in with {
                parse.tokens[k].head = Some(verb);
            }
        }
        return;
    }
    let r = &mut parse.tokens[root];
    r.head = Some(verb);
    r.dep = dobj;
}

/// "entities that Brussels accuses of supplying drones", tagged with
/// "Brussels accuses" as a noun phrase: a relative clause headed by a plural
/// noun that may be a verb in "-s", with a name right before it and a
/// relative pronoun before that, is a clause: the plural is its verb and the
/// name its subject.
pub fn relative_present_verb(parse: &mut Parse) {
    let (Some(vbz), Some(nsubj)) = (tag_id(parse, "VBZ"), label(parse, "nsubj")) else { return };
    for w in 2..parse.len() {
        let name = w - 1;
        if parse.tag(w) == "NNS"
            && parse.dep(w) == "relcl"
            && parse.tag(name).starts_with("NNP")
            && parse.head(name) == Some(w)
            && matches!(parse.tag(w - 2), "WDT" | "WP")
            && parse.head(w - 2) == Some(w)
            && parse
                .analyzer
                .tag_dictionary
                .get(&parse.word(w).to_lowercase())
                .is_some_and(|t| t.contains(&usize::from(vbz)))
        {
            parse.tokens[w].tag = vbz;
            parse.tokens[name].dep = nsubj;
        }
    }
}

/// "most of the wheat that Egypt imports.", read with "Egypt imports" as a
/// noun phrase and the clause torn apart: a common noun, a relative pronoun
/// ("that", "which"), a name and a plural that may be a verb in "-s", closing
/// the phrase (punctuation or a preposition after it), is a relative clause
/// on the noun: the plural its verb, the name its subject, the pronoun its
/// object. So is a plural after a name and a common noun that all read as
/// one noun phrase ("the wheat Egypt imports").
pub fn relative_clause_noun(parse: &mut Parse) {
    let (Some(vbz), Some(nsubj), Some(dobj), Some(relcl)) =
        (tag_id(parse, "VBZ"), label(parse, "nsubj"), label(parse, "dobj"), label(parse, "relcl"))
    else {
        return;
    };
    for w in 2..parse.len() {
        let name = w - 1;
        let common = |x: usize| matches!(parse.tag(x), "NN" | "NNS");
        let closes = w + 1 == parse.len() || matches!(parse.tag(w + 1), "." | "," | "IN" | ":");
        if parse.tag(w) != "NNS" || parse.dep(w) == "relcl" || !closes || parse.tag(name) != "NNP" {
            continue;
        }
        // With no pronoun, the noun and the name both read as the plural's compounds: "most of
        // the wheat Egypt imports".
        let fused = common(w - 2) && parse.head(w - 2) == Some(w) && parse.head(name) == Some(w);
        let (noun, pronoun) = if fused {
            (w - 2, None)
        } else if w >= 3 && parse.tag(w - 2) == "WDT" && common(w - 3) {
            (w - 3, Some(w - 2))
        } else {
            continue;
        };
        if !may_be_present_verb(parse, w) {
            continue;
        }
        if fused {
            // The noun takes the plural's place, and the words before it with it.
            let (head, dep) = (parse.tokens[w].head, parse.tokens[w].dep);
            attach(parse, noun, head, dep);
            let before: Vec<usize> = (0..parse.len())
                .filter(|&c| c != name && parse.head(c) == Some(w) && (c < noun || parse.dep(c) == "punct"))
                .collect();
            for c in before {
                parse.tokens[c].head = Some(noun);
            }
        }
        attach(parse, w, Some(noun), relcl);
        parse.tokens[w].tag = vbz;
        attach(parse, name, Some(w), nsubj);
        if let Some(pronoun) = pronoun {
            attach(parse, pronoun, Some(w), dobj);
            let after: Vec<usize> = (w + 1..parse.len()).filter(|&c| parse.head(c) == Some(pronoun)).collect();
            for c in after {
                parse.tokens[c].head = Some(w);
            }
        }
    }
}

/// "Armenian and Azerbaijani forces": two modifiers of one noun joined by
/// "and", the second of which the parser hung on the noun beside the first
/// (amod + compound, or nmod), are coordinated: the second becomes the first's
/// conjunct.
/// So is a list of three: in "Finnish, Swedish and Latvian warships" the
/// first, set off by a comma before the others, heads them (also when the
/// parser hung the first on the verb).
pub fn coordinated_modifiers(parse: &mut Parse) {
    let Some(conj) = label(parse, "conj") else { return };
    for first in 0..parse.len().saturating_sub(3) {
        let (comma, second) = (first + 1, first + 2);
        let Some(noun) = parse.head(first) else { continue };
        if matches!(parse.dep(first), "amod" | "compound")
            && parse.word(comma) == ","
            && parse.head(second) == Some(noun)
            && second < noun
            && parse.dep(second) == parse.dep(first)
            && kids(parse, second).any(|c| parse.dep(c) == "cc")
            && kids(parse, second).any(|c| parse.dep(c) == "conj" && c < noun)
            && !under_or_is(parse, second, first)
        {
            attach(parse, second, Some(first), conj);
            attach(parse, comma, Some(first), parse.tokens[comma].dep);
        }
    }
    // ("South Korean, U.S. and Japanese fighter jets staged ...", with the first modifier hung on
    // the verb: it joins the two on the noun after it.)
    let modifier =
        |p: &Parse, x: usize, n: usize| p.head(x) == Some(n) && matches!(p.dep(x), "amod" | "compound" | "nmod");
    for first in 0..parse.len().saturating_sub(4) {
        let (comma, second) = (first + 1, first + 2);
        let Some(noun) = parse.head(second).filter(|&n| n > second && parse.tag(n).starts_with("NN")) else { continue };
        let Some(and) = (second + 1..noun).find(|&x| parse.word(x) == "and") else { continue };
        let stray = matches!(parse.tag(first), "NNP" | "JJ")
            && matches!(parse.dep(first), "npadvmod" | "nsubj")
            && parse.head(first).is_some_and(|v| parse.tag(v).starts_with("VB"));
        if stray
            && parse.word(comma) == ","
            && modifier(parse, second, noun)
            && (modifier(parse, and + 1, noun) || parse.head(and + 1) == Some(second) && parse.dep(and + 1) == "conj")
            && and + 1 < noun
        {
            // (With the noun hung below the first modifier, as its apposition or conjunct, the noun
            // takes the modifier's place first.)
            if under_or_is(parse, first, noun) {
                let (head, dep) = (parse.head(first), parse.tokens[first].dep);
                attach(parse, noun, head, dep);
            }
            let amod = parse.tokens[second].dep;
            attach(parse, first, Some(noun), amod);
            attach(parse, second, Some(first), conj);
            attach(parse, and + 1, Some(first), conj);
            attach(parse, comma, Some(first), parse.tokens[comma].dep);
        }
    }
    for first in 0..parse.len().saturating_sub(2) {
        let (and, second) = (first + 1, first + 2);
        let Some(noun) = parse.head(first) else { continue };
        if matches!(parse.dep(first), "amod" | "compound")
            && parse.dep(and) == "cc"
            && parse.head(and) == Some(first)
            && parse.head(second) == Some(noun)
            && second < noun
            && matches!(parse.dep(second), "amod" | "compound" | "nmod")
            && !kids(parse, first).any(|c| parse.dep(c) == "conj")
            && !under_or_is(parse, second, first)
        {
            parse.tokens[second].head = Some(first);
            parse.tokens[second].dep = conj;
        }
    }
}

/// "Turkey arms and pays the factions", read with "Turkey arms" as a noun
/// phrase at the root and "pays" as its conjunct: a plural root that may be
/// a verb in "-s", after a name fused onto it and joined by "and" to a
/// present verb, is that verb's first conjunct: the name its subject.
pub fn plural_root_before_joined_verb(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    let (Some(vbz), Some(nsubj)) = (tag_id(parse, "VBZ"), label(parse, "nsubj")) else { return };
    if root == 0
        || parse.tag(root) != "NNS"
        || !may_be_present_verb(parse, root)
        || parse.tag(root - 1) != "NNP"
        || parse.head(root - 1) != Some(root)
        || parse.dep(root - 1) != "compound"
        || !kids(parse, root).any(|c| c == root + 2 && parse.dep(c) == "conj" && parse.tag(c) == "VBZ")
        || parse.word(root + 1) != "and"
    {
        return;
    }
    parse.tokens[root].tag = vbz;
    attach(parse, root - 1, Some(root), nsubj);
}

/// "received its first volumes of Azerbaijani natural gas from SOCAR", read
/// with the demonym as the object of "of" and "natural gas" hung on the
/// full stop (or on the demonym): a noun hung on punctuation or on no
/// preposition, right after a name or adjective that is a preposition's
/// object (with only its own modifiers between), is that object, and the
/// name its modifier.
pub fn noun_stranded_after_modifier(parse: &mut Parse) {
    let Some(amod) = label(parse, "amod") else { return };
    for first in 1..parse.len().saturating_sub(1) {
        if !matches!(parse.tag(first), "NNP" | "JJ") || parse.dep(first) != "pobj" {
            continue;
        }
        let Some(noun) =
            (first + 1..parse.len()).find(|&x| !matches!(parse.tag(x), "JJ") || parse.head(x) != Some(x + 1))
        else {
            continue;
        };
        // (Hung on punctuation, or as the object of what is no preposition: of the name itself.)
        let stranded = parse.head(noun).is_some_and(|h| {
            matches!(parse.tag(h), "." | ",") || parse.dep(noun) == "pobj" && !matches!(parse.tag(h), "IN" | "TO")
        });
        if !matches!(parse.tag(noun), "NN" | "NNS")
            || !stranded
            || kids(parse, first).any(|k| k != noun && !(first + 1..noun).contains(&k))
            || (first + 1..noun).any(|x| parse.head(x) != Some(noun))
        {
            continue;
        }
        let (head, dep) = (parse.tokens[first].head, parse.tokens[first].dep);
        attach(parse, noun, head, dep);
        attach(parse, first, Some(noun), amod);
    }
}

/// "Norway, Finland and Estonia all field K9 howitzers", read with no verb:
/// "field" as a noun on the object and the names as the root. In a sentence
/// whose root is a name, a common noun right after a floating "all" or
/// "both", fused onto the next noun and that may be a present verb, is the
/// verb: the names its subject, the noun its object.
pub fn verb_after_floating_quantifier(parse: &mut Parse) {
    let Some(root) = root_of(parse) else { return };
    let (Some(vbp), Some(nsubj), Some(dobj), Some(advmod), Some(root_label)) = (
        tag_id(parse, "VBP"),
        label(parse, "nsubj"),
        label(parse, "dobj"),
        label(parse, "advmod"),
        label(parse, "root"),
    ) else {
        return;
    };
    if !parse.tag(root).starts_with("NNP") {
        return;
    }
    for w in root + 2..parse.len().saturating_sub(1) {
        let q = w - 1;
        let Some(object) = parse.head(w) else { continue };
        if !matches!(parse.lemma(q), "all" | "both")
            || parse.tag(w) != "NN"
            || parse.dep(w) != "compound"
            || object != w + 1
            || !matches!(parse.tag(object), "NN" | "NNS")
            || parse.head(object) != Some(root)
            || !dictionary_allows(parse, &parse.word(w).to_lowercase(), "VBP")
        {
            continue;
        }
        let later: Vec<usize> = kids(parse, root).filter(|&c| c > object).collect();
        attach(parse, w, None, root_label);
        parse.tokens[w].tag = vbp;
        attach(parse, root, Some(w), nsubj);
        attach(parse, q, Some(w), advmod);
        attach(parse, object, Some(w), dobj);
        for c in later {
            parse.tokens[c].head = Some(w);
        }
        return;
    }
}

/// "the violations of Romanian and Moldovan airspace", read with the two
/// modifiers as the nouns of the phrase and "airspace" as a conjunct of a
/// noun before them: a common noun joined with no coordinator of its own,
/// right after the last of two names or adjectives joined by "and", is the
/// noun they modify; it takes the first one's place. So is one joined to the
/// first of two adjectives of origin ("hosted Russian and Chinese warships").
pub fn modifiers_read_as_nouns(parse: &mut Parse) {
    let (Some(amod), Some(conj), Some(cc)) = (label(parse, "amod"), label(parse, "conj"), label(parse, "cc")) else {
        return;
    };
    for noun in 3..parse.len() {
        let (first, and, second) = (noun - 3, noun - 2, noun - 1);
        // (The second modifier joined to the first, or already on the noun.)
        let joined = parse.dep(second) == "conj" && parse.head(second) == Some(first)
            || matches!(parse.dep(second), "amod" | "compound") && parse.head(second) == Some(noun);
        // (Or with the noun joined to the first modifier, read as the object: "hosted [Russian] and
        // Chinese [warships]"; then both words must read as adjectives of origin.)
        let origin = |t: usize| {
            let w = parse.word(t);
            ["an", "ese", "ish", "ch", "ic", "i"].iter().any(|e| w.ends_with(e)) && !w.ends_with("stan")
        };
        let own_object = parse.head(noun) == Some(first)
            && matches!(parse.dep(first), "dobj" | "nsubj" | "nsubjpass" | "pobj")
            && origin(first)
            && origin(second);
        if !matches!(parse.tag(noun), "NN" | "NNS")
            || parse.dep(noun) != "conj"
            || parse.head(noun).is_none_or(|h| h >= first) && !own_object
            || !matches!(parse.tag(second), "NNP" | "JJ")
            || !joined
            || parse.word(and) != "and"
            || !matches!(parse.tag(first), "NNP" | "JJ")
            || parse.dep(first) != "pobj" && !own_object
            || kids(parse, noun).any(|k| k < noun && matches!(parse.dep(k), "cc" | "det"))
            || kids(parse, first).any(|k| k < first)
        {
            continue;
        }
        let (head, dep) = (parse.tokens[first].head, parse.tokens[first].dep);
        attach(parse, noun, head, dep);
        attach(parse, first, Some(noun), amod);
        attach(parse, second, Some(first), conj);
        attach(parse, and, Some(first), cc);
    }
}

/// "..., targeting camps linked to the banned group, Tehreek-i-Taliban
/// Pakistan (TTP).": an apposition the parser hung on a punctuation mark
/// or a verb describes the noun right before the comma that opens it.
pub fn stray_apposition(parse: &mut Parse) {
    for t in 0..parse.len() {
        let Some(h) = parse.head(t) else { continue };
        // (Or on a verb: "attributed the attack to militants, specifically the TRF".)
        if parse.dep(t) != "appos" || !(matches!(parse.tag(h), "." | "," | ":") || parse.tag(h).starts_with("VB")) {
            continue;
        }
        // The first word of the apposition, then the comma and the noun before it.
        let first = (0..t).find(|&x| under_or_is(parse, t, x)).unwrap_or(t);
        if first < 2 || parse.word(first - 1) != "," || !parse.tag(first - 2).starts_with("NN") {
            continue;
        }
        parse.tokens[t].head = Some(first - 2);
    }
}

/// "The Iran-backed Lebanese group Hezbollah fired rockets": a common noun
/// right before a name, both read as the same role of the same word (two
/// subjects of "fired"), is the name's title: it becomes the name's compound.
/// So is one read as a conjunct of a word the name shares a role with
/// ("Russia and its ally Belarus held drills").
pub fn titled_name(parse: &mut Parse) {
    let Some(compound) = label(parse, "compound") else { return };
    for title in 0..parse.len().saturating_sub(1) {
        let name = title + 1;
        if matches!(parse.tag(title), "NN" | "NNS")
            && parse.tag(name) == "NNP"
            && parse.head(title).is_some()
            && parse.head(title) == parse.head(name)
            && parse.dep(title) == parse.dep(name)
            && matches!(parse.dep(title), "nsubj" | "nsubjpass" | "dobj" | "pobj")
        {
            parse.tokens[title].head = Some(name);
            parse.tokens[title].dep = compound;
        }
        // "NATO members Poland and Romania bought ...": the name read as a conjunct of the bare
        // title right before it (no "and" or comma between) is the title's name. (Not after an
        // article: "the fellow NATO allies Finland and Estonia" may name a pair of allies.)
        if matches!(parse.tag(title), "NN" | "NNS")
            && parse.tag(name) == "NNP"
            && parse.head(name) == Some(title)
            && parse.dep(name) == "conj"
            && !kids(parse, title).any(|c| parse.dep(c) == "det")
        {
            let (head, dep) = (parse.head(title), parse.tokens[title].dep);
            attach(parse, name, head, dep);
            attach(parse, title, Some(name), compound);
            continue;
        }
        // "Russia and its ally Belarus held drills": the title read as the conjunct and the name
        // as a second subject of the verb; the name is the conjunct.
        let Some(h) = parse.head(title) else { continue };
        if matches!(parse.tag(title), "NN" | "NNS")
            && parse.tag(name) == "NNP"
            && parse.dep(title) == "conj"
            && parse.head(name) == parse.head(h)
            && parse.head(name).is_some()
            && parse.dep(name) == parse.dep(h)
        {
            let conj = parse.tokens[title].dep;
            parse.tokens[name].head = Some(h);
            parse.tokens[name].dep = conj;
            parse.tokens[title].head = Some(name);
            parse.tokens[title].dep = compound;
        }
    }
}

/// "X, which imposed sanctions on Y and designated Z a terrorist group, has
/// delivered arms to W", read with "designated" as the main verb and "Z ...
/// has delivered" as its complement clause: a main verb right after an "and"
/// that coordinates a relative clause on its subject, whose complement clause
/// opens after a comma with that verb's subject before it, is the relative
/// clause's second verb; the complement is the main clause, with the subject
/// of the sentence, and its stranded subject the object of the second verb.
pub fn conjunct_of_relative_read_as_main(parse: &mut Parse) {
    let Some(top) = root_of(parse) else { return };
    // The second verb: the root right after an "and" on the relative clause, or already the
    // relative clause's conjunct (on a subject read as the root).
    let after_and = (top >= 2 && parse.dep(top - 1) == "cc")
        .then(|| parse.head(top - 1))
        .flatten()
        .filter(|&w| w < top && parse.dep(w) == "relcl");
    let conjunct = || {
        (0..parse.len()).find(|&v| {
            parse.dep(v) == "conj"
                && parse.head(v).is_some_and(|w| parse.dep(w) == "relcl" && parse.head(w) == Some(top))
        })
    };
    let (v, w) = match after_and {
        Some(w) => (top, w),
        None => {
            let Some(v) = conjunct() else { return };
            (v, parse.head(v).unwrap_or(v))
        }
    };
    let Some(n) = parse.head(w) else { return };
    if !matches!(parse.tag(v), "VBD" | "VBN") || !(n == top || parse.head(n) == Some(v) && parse.dep(n) == "nsubj") {
        return;
    }
    let Some(c) = kids(parse, v).find(|&c| c > v && parse.dep(c) == "ccomp" && finite_clause(parse, c)) else {
        return;
    };
    let first = kids(parse, c).filter(|&a| parse.dep(a).starts_with("aux")).min().unwrap_or(c).min(c);
    let subjects: Vec<usize> = kids(parse, c).filter(|&k| parse.dep(k).starts_with("nsubj")).collect();
    let [s] = subjects[..] else { return };
    if !(v < s && s < first) || parse.word(first - 1) != "," {
        return;
    }
    let (Some(conj), Some(dobj), Some(root), Some(nsubj)) =
        (label(parse, "conj"), label(parse, "dobj"), label(parse, "root"), label(parse, "nsubj"))
    else {
        return;
    };
    let later: Vec<usize> = kids(parse, top).filter(|&k| k > c).collect();
    attach(parse, c, None, root);
    attach(parse, n, Some(c), nsubj);
    attach(parse, v, Some(w), conj);
    attach(parse, s, Some(v), dobj);
    for k in later {
        parse.tokens[k].head = Some(c);
    }
}

/// "Turkey, which arms and pays the SNA factions, has not opened
/// investigations", read with "pays" as the main verb and "opened" as its
/// conjunct: a root right after an "and" on a relative clause of its
/// subject, with a conjunct verb of no subject after a comma, is the
/// relative clause's second verb; that conjunct is the main verb, with the
/// subject.
pub fn relative_conjunct_before_main_verb(parse: &mut Parse) {
    let Some(top) = root_of(parse) else { return };
    let (Some(conj), Some(root), Some(nsubj)) = (label(parse, "conj"), label(parse, "root"), label(parse, "nsubj"))
    else {
        return;
    };
    if top < 2 || parse.dep(top - 1) != "cc" || !matches!(parse.tag(top), "VBZ" | "VBD" | "VBP") {
        return;
    }
    let Some(w) = parse.head(top - 1).filter(|&w| w < top && parse.dep(w) == "relcl") else { return };
    let Some(n) = parse.head(w).filter(|&n| parse.head(n) == Some(top) && parse.dep(n) == "nsubj") else { return };
    let main = kids(parse, top).find(|&c| {
        c > top
            && matches!(parse.dep(c), "conj" | "relcl")
            && parse.tag(c).starts_with("VB")
            && !kids(parse, c).any(|k| parse.dep(k).starts_with("nsubj"))
    });
    let Some(main) = main else { return };
    let first = kids(parse, main).filter(|&a| a < main && parse.word(a) != ",").min().unwrap_or(main);
    let Some(comma) = (top + 1..first).rfind(|&x| parse.word(x) == ",") else {
        return;
    };
    if kids(parse, top).any(|k| k > top && k < comma && parse.dep(k) == "cc") {
        return;
    }
    let later: Vec<usize> = kids(parse, top).filter(|&k| k >= comma && k != main).collect();
    attach(parse, main, None, root);
    attach(parse, n, Some(main), nsubj);
    attach(parse, top, Some(w), conj);
    for k in later {
        parse.tokens[k].head = Some(main);
    }
}

/// "holds Algeria fully responsible", read with "responsible" as a complement
/// clause whose subject is "Algeria": an adjective complement clause with a
/// subject and no verb of its own is the verb's object and what it is held to
/// be ("held X responsible", "found X guilty", "declared X illegal").
pub fn small_clause_read_as_complement(parse: &mut Parse) {
    let (Some(dobj), Some(oprd)) = (label(parse, "dobj"), label(parse, "oprd")) else { return };
    for c in 0..parse.len() {
        let Some(v) = parse.head(c).filter(|&v| parse.dep(c) == "ccomp" && parse.tag(v).starts_with("VB")) else {
            continue;
        };
        if parse.tag(c) != "JJ" || kids(parse, v).any(|o| parse.dep(o) == "dobj") {
            continue;
        }
        let subjects: Vec<usize> = kids(parse, c).filter(|&k| parse.dep(k).starts_with("nsubj")).collect();
        let [s] = subjects[..] else { continue };
        if !(v < s && s < c) || kids(parse, c).any(|k| matches!(parse.dep(k), "aux" | "cop" | "mark")) {
            continue;
        }
        attach(parse, s, Some(v), dobj);
        attach(parse, c, Some(v), oprd);
    }
}

/// Whether token `t` is a finite verb (or a modal).
fn finite(parse: &Parse, t: usize) -> bool {
    matches!(parse.tag(t), "VBD" | "VBZ" | "VBP" | "MD")
}

/// The root token: the one with no head.
fn root_of(parse: &Parse) -> Option<usize> {
    (0..parse.len()).find(|&t| parse.head(t).is_none())
}

/// Whether token `t` is a month or a day of the week (`TIME_WORDS`).
fn is_time_word(parse: &Parse, t: usize) -> bool {
    TIME_WORDS.contains(&parse.word(t).to_lowercase().as_str())
}

/// Whether token `t` is a year ("2023", a number of four digits from 1000 to 2999).
fn is_year(parse: &Parse, t: usize) -> bool {
    let w = parse.word(t);
    parse.tag(t) == "CD" && w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
}

/// "Several states acted alone: Estonia, Latvia and Lithuania imposed
/// sanctions", read with "Estonia, Latvia" hung before the colon and only
/// "Lithuania" the subject of "imposed": names listed right after a colon and
/// ending in "and" a verb's subject are that verb's subject together.
pub fn list_after_colon(parse: &mut Parse) {
    let (Some(nsubj), Some(conj), Some(cc)) = (label(parse, "nsubj"), label(parse, "conj"), label(parse, "cc")) else {
        return;
    };
    let name = |parse: &Parse, x: usize| matches!(parse.tag(x), "NNP" | "NNPS");
    for colon in 1..parse.len().saturating_sub(4) {
        if parse.word(colon) != ":" {
            continue;
        }
        // The list's first name (its last word) and the names after it, each after a comma.
        let mut end = colon + 1;
        while end + 1 < parse.len() && name(parse, end + 1) && parse.head(end) == Some(end + 1) {
            end += 1;
        }
        let first = end;
        if !name(parse, first) || parse.head(first).is_none_or(|h| h > colon) {
            continue;
        }
        let mut members = vec![first];
        let mut at = first + 1;
        while at + 1 < parse.len() && parse.word(at) == "," {
            let mut e = at + 1;
            while e + 1 < parse.len() && name(parse, e + 1) && parse.head(e) == Some(e + 1) {
                e += 1;
            }
            if !name(parse, e) {
                break;
            }
            members.push(e);
            at = e + 1;
        }
        if at + 1 >= parse.len() || !parse.word(at).eq_ignore_ascii_case("and") {
            continue;
        }
        let mut last = at + 1;
        while last + 1 < parse.len() && name(parse, last + 1) && parse.head(last) == Some(last + 1) {
            last += 1;
        }
        let Some(v) = parse.head(last).filter(|&v| name(parse, last) && parse.dep(last) == "nsubj" && v == last + 1)
        else {
            continue;
        };
        if !parse.tag(v).starts_with("VB") {
            continue;
        }
        attach(parse, first, Some(v), nsubj);
        for &m in &members[1..] {
            attach(parse, m, Some(first), conj);
        }
        attach(parse, at, Some(first), cc);
        attach(parse, last, Some(first), conj);
    }
}

/// "Poland, Slovakia and Romania have all exported power to Ukraine", read
/// with "have" as the verb and "exported" as a modifier of its object: "have"
/// and a floating "all" or "both" before a participle are its perfect; the
/// participle is the verb, with "have"'s place, dependents and object.
pub fn perfect_after_floating_quantifier(parse: &mut Parse) {
    let (Some(aux), Some(dobj), Some(advmod), Some(vbn)) =
        (label(parse, "aux"), label(parse, "dobj"), label(parse, "advmod"), tag_id(parse, "VBN"))
    else {
        return;
    };
    for have in 0..parse.len().saturating_sub(3) {
        let (q, v) = (have + 1, have + 2);
        if parse.lemma(have) != "have"
            || parse.dep(have) == "aux"
            || !matches!(parse.word(q).to_lowercase().as_str(), "all" | "both")
            || !matches!(parse.tag(v), "VBN" | "VBD")
            || parse.dep(v) != "amod"
        {
            continue;
        }
        let Some(object) = parse.head(v).filter(|&o| parse.head(o) == Some(have) && parse.dep(o) == "dobj") else {
            continue;
        };
        let (head, dep) = (parse.tokens[have].head, parse.tokens[have].dep);
        for k in kids(parse, have).collect::<Vec<_>>() {
            parse.tokens[k].head = Some(v);
        }
        attach(parse, v, head, dep);
        parse.tokens[v].tag = vbn;
        attach(parse, have, Some(v), aux);
        attach(parse, q, Some(v), advmod);
        attach(parse, object, Some(v), dobj);
    }
}

/// "Gazprom pipes 6 bcm a year to Uzbekistan", read with "to Uzbekistan" on
/// "year": a rate's time word ("a year", "a day") takes no direction; "to",
/// "from" or "into" on it is the verb's whose object the rate measures.
pub fn direction_on_rate(parse: &mut Parse) {
    for prep in 2..parse.len() {
        if !matches!(parse.lemma(prep), "to" | "from" | "into") {
            continue;
        }
        let period = |t: usize| matches!(parse.lemma(t), "year" | "month" | "week" | "day" | "annum" | "quarter");
        let Some(time) = parse.head(prep).filter(|&t| period(t) && parse.dep(t) == "npadvmod") else {
            continue;
        };
        let rate = parse.word(time - 1).to_lowercase();
        if !matches!(rate.as_str(), "a" | "an" | "per" | "each" | "every") {
            continue;
        }
        let Some(measure) = parse.head(time).filter(|&m| parse.dep(m) == "dobj") else { continue };
        if let Some(verb) = parse.head(measure).filter(|&v| parse.tag(v).starts_with("VB")) {
            parse.tokens[prep].head = Some(verb);
        }
    }
}

/// "Azerbaijan's SOCAR ships 10 bcm a year to Turkey, and sent 12.9 bcm to
/// EU markets", read with "SOCAR ships" as the subject of "sent": a plural
/// noun with a direct object of its own is a present verb; the name fused
/// before it is its subject, and the verb it was the subject of is joined to it.
pub fn plural_noun_with_object(parse: &mut Parse) {
    let (Some(vbz), Some(nsubj), Some(conj)) = (tag_id(parse, "VBZ"), label(parse, "nsubj"), label(parse, "conj"))
    else {
        return;
    };
    for t in 1..parse.len() {
        if parse.tag(t) != "NNS" || !kids(parse, t).any(|k| parse.dep(k) == "dobj" && k > t) {
            continue;
        }
        let name = t - 1;
        if !matches!(parse.tag(name), "NNP" | "NNPS") || parse.head(name) != Some(t) || parse.dep(name) != "compound" {
            continue;
        }
        if !dictionary_allows(parse, &parse.word(t).to_lowercase(), "VBZ") {
            continue;
        }
        let (head, dep) = (parse.tokens[t].head, parse.tokens[t].dep);
        parse.tokens[t].tag = vbz;
        // (The name's own words stay on it: "Azerbaijan's SOCAR".)
        for k in kids(parse, t)
            .filter(|&k| k < name && matches!(parse.dep(k), "poss" | "det" | "compound" | "amod"))
            .collect::<Vec<_>>()
        {
            parse.tokens[k].head = Some(name);
        }
        attach(parse, name, Some(t), nsubj);
        match head.filter(|&h| dep == nsubj && parse.tag(h).starts_with("VB") && h > t) {
            Some(h) => {
                let (hh, hd) = (parse.tokens[h].head, parse.tokens[h].dep);
                attach(parse, t, hh, hd);
                attach(parse, h, Some(t), conj);
                let cc = kids(parse, t).find(|&c| parse.dep(c) == "cc" && c < h);
                if let Some(cc) = cc {
                    parse.tokens[cc].head = Some(h);
                }
            }
            None => attach(parse, t, head, dep),
        }
    }
}

/// "the exercise, co-hosted as every year by the Mongolian Armed Forces and
/// ...", read with "by" on "year": a time phrase takes no agent; "by" on the
/// time word of a phrase on a passive participle is the participle's agent.
pub fn agent_on_time_phrase(parse: &mut Parse) {
    let Some(agent) = label(parse, "agent") else { return };
    for by in 2..parse.len() {
        if parse.lemma(by) != "by" {
            continue;
        }
        let period = |t: usize| {
            matches!(
                parse.lemma(t),
                "year" | "month" | "week" | "day" | "time" | "summer" | "spring" | "autumn" | "winter"
            )
        };
        let Some(time) = parse.head(by).filter(|&t| period(t) && parse.dep(t) == "pobj") else { continue };
        // (A participle on a noun: what it says is hosted or led is that noun.)
        let on_noun = |v: usize| parse.head(v).is_some_and(|n| parse.tag(n).starts_with("NN"));
        let Some(verb) = parse.head(time).and_then(|a| parse.head(a)).filter(|&v| parse.tag(v) == "VBN" && on_noun(v))
        else {
            continue;
        };
        if kids(parse, verb).any(|k| parse.dep(k) == "agent") {
            continue;
        }
        attach(parse, by, Some(verb), agent);
    }
}

/// "a contract with X for 298 Lynx KF41 infantry fighting vehicles", read
/// with the preposition left bare and the noun phrase after it hung on a
/// verb further on as its "pobj": a preposition with no object, right before
/// a noun phrase whose head is an object of a preposition hung outside the
/// phrase, takes that head as its object (with the words of the phrase that
/// had been hung on the same word).
pub fn object_of_bare_preposition(parse: &mut Parse) {
    let Some(pobj) = label(parse, "pobj") else { return };
    for p in 0..parse.len().saturating_sub(1) {
        if !bare_preposition(parse, p) {
            continue;
        }
        let Some(h) = (p + 1..parse.len().min(p + 9)).find(|&t| parse.dep(t) == "pobj") else { continue };
        let Some(g) = parse.head(h).filter(|&g| (g < p || g > h) && !matches!(parse.tag(g), "IN" | "TO")) else {
            continue;
        };
        let inside = |t: usize| parse.head(t).is_some_and(|x| x == g || (p < x && x <= h + 3));
        if !(p + 1..h).all(|t| inside(t) && !matches!(parse.tag(t), "IN" | "TO" | "," | "VBD" | "VBZ" | "VBP")) {
            continue;
        }
        let moved: Vec<usize> = (p + 1..h).filter(|&t| parse.head(t) == Some(g)).collect();
        attach(parse, h, Some(p), pobj);
        for t in moved {
            parse.tokens[t].head = Some(h);
        }
    }
}

/// "298 infantry fighting vehicles", "for air refuelling tankers", read as a
/// singular noun with a participle clause on it ("infantry [fighting
/// vehicles]"): a bare singular common noun (no article or possessor), right
/// before a participle whose one dependent is a bare plural noun right after
/// it, is a compound with it, and the plural noun is the phrase's head (it
/// takes the noun's place and its other words: the count, the model name).
pub fn compound_read_as_participle_clause(parse: &mut Parse) {
    let (Some(compound), Some(amod)) = (label(parse, "compound"), label(parse, "amod")) else { return };
    for n in 0..parse.len().saturating_sub(2) {
        let (v, o) = (n + 1, n + 2);
        if !(parse.tag(n) == "NN"
            && parse.tag(v) == "VBG"
            && parse.tag(o) == "NNS"
            && parse.head(v) == Some(n)
            && parse.dep(v) == "acl"
            && parse.head(o) == Some(v)
            && parse.dep(o) == "dobj"
            && kids(parse, v).all(|k| k == o)
            && kids(parse, o).all(|k| k > o)
            && kids(parse, n).all(|k| k == v || k < n && matches!(parse.dep(k), "nummod" | "compound" | "amod")))
        {
            continue;
        }
        let moved: Vec<usize> = kids(parse, n).filter(|&k| k != v).collect();
        let dep = parse.tokens[n].dep;
        attach(parse, o, parse.head(n), dep);
        attach(parse, n, Some(o), compound);
        attach(parse, v, Some(o), amod);
        for k in moved {
            parse.tokens[k].head = Some(o);
        }
    }
}

/// "Egypt, whose main arms supplier remains France according to SIPRI, spent
/// ...", read with "France" the subject of a later word: a copula in a
/// relative clause with no complement of its own takes the noun right after it
/// as its complement, when the parse hung that noun outside the clause.
pub fn complement_of_relative_copula(parse: &mut Parse) {
    let Some(attr) = label(parse, "attr") else { return };
    for v in 1..parse.len().saturating_sub(1) {
        if !matches!(parse.lemma(v), "be" | "remain" | "become" | "stay")
            || parse.dep(v) != "relcl"
            || kids(parse, v).any(|k| matches!(parse.dep(k), "attr" | "acomp" | "xcomp" | "ccomp" | "oprd"))
        {
            continue;
        }
        // (The name right after the copula, or the head of the phrase its article opens.)
        let n = match parse.tag(v + 1) {
            "NNP" | "NNPS" => Some(v + 1),
            "DT" => parse.head(v + 1).filter(|&h| h > v + 1 && parse.tag(h).starts_with("NN")),
            _ => None,
        };
        let Some(n) = n.filter(|&n| !under_or_is(parse, v, n) && !under_or_is(parse, n, v)) else { continue };
        attach(parse, n, Some(v), attr);
    }
}

/// "fighting alongside our steadfast ally, the Kachin Independence Army", read
/// with the name a conjunct of "ally": a name after a comma right after a
/// possessed common noun, joined to it with no "and" or "or" on the noun, is
/// in apposition to it (who the ally is), not a second member.
pub fn possessed_noun_apposition_read_as_conjunct(parse: &mut Parse) {
    let Some(appos) = label(parse, "appos") else { return };
    for c in 2..parse.len() {
        let Some(h) = parse.head(c).filter(|&h| h < c && parse.dep(c) == "conj") else { continue };
        if !parse.tag(c).starts_with("NNP")
            || !matches!(parse.tag(h), "NN" | "NNS")
            || parse.word(h + 1) != ","
            || !kids(parse, h).any(|k| parse.dep(k) == "poss")
            || kids(parse, h).any(|k| parse.dep(k) == "cc" || k != c && parse.dep(k) == "conj")
        {
            continue;
        }
        // (The name's phrase opens right after the comma.)
        if (0..=c).find(|&x| under_or_is(parse, c, x)) != Some(h + 2) {
            continue;
        }
        parse.tokens[c].dep = appos;
    }
}

/// "the Somali National Army and AUSSOM troops", read with the name after
/// "and" as the conjunct and the noun after it in apposition to the first
/// name (or as a third conjunct): a common noun right after a name conjoined
/// to the head it hangs on is that conjunct's head (the name its compound).
pub fn conjunct_noun_read_as_apposition(parse: &mut Parse) {
    let (Some(conj), Some(compound)) = (label(parse, "conj"), label(parse, "compound")) else { return };
    for n in 1..parse.len() {
        let m = n - 1;
        let Some(x) = parse.head(n).filter(|&x| x < m && matches!(parse.dep(n), "appos" | "conj")) else { continue };
        if !(matches!(parse.tag(n), "NN" | "NNS")
            && parse.tag(m) == "NNP"
            && parse.head(m) == Some(x)
            && parse.dep(m) == "conj"
            && kids(parse, m).next().is_none())
        {
            continue;
        }
        attach(parse, n, Some(x), conj);
        attach(parse, m, Some(n), compound);
    }
}

/// "deliver gas to the Italian major.", "a deal with the Saudi giant,", read
/// with the last word of the phrase an adjective hung on the punctuation
/// after it and the preposition left bare: an article and adjectives after a
/// preposition with no object, up to punctuation, end in a noun, the
/// preposition's object.
pub fn adjective_read_as_object(parse: &mut Parse) {
    let (Some(pobj), Some(nn), Some(amod), Some(det)) =
        (label(parse, "pobj"), tag_id(parse, "NN"), label(parse, "amod"), label(parse, "det"))
    else {
        return;
    };
    for p in 0..parse.len().saturating_sub(3) {
        if !bare_preposition(parse, p) {
            continue;
        }
        if parse.tag(p + 1) != "DT" {
            continue;
        }
        let Some(last) = (p + 2..parse.len()).take_while(|&t| matches!(parse.tag(t), "JJ" | "NNP" | "NN")).last()
        else {
            continue;
        };
        let ends = last + 1 == parse.len() || matches!(parse.tag(last + 1), "." | "," | ":");
        if !ends || parse.tag(last) != "JJ" || last < p + 2 {
            continue;
        }
        parse.tokens[last].tag = nn;
        attach(parse, last, Some(p), pobj);
        attach(parse, p + 1, Some(last), det);
        for t in p + 2..last {
            let dep = if parse.tag(t) == "JJ" { amod } else { parse.tokens[t].dep };
            attach(parse, t, Some(last), dep);
        }
    }
}

/// "The exercise opened on Saturday, co-hosted by X and Y", read with the
/// participle as a clause on the verb: a clause hung as "acl" on a verb is
/// on no noun there; a past participle after a comma says what the verb's
/// subject is, and hangs on it (a participle of giving or buying, what the
/// verb's object is).
pub fn participle_read_as_clause_of_verb(parse: &mut Parse) {
    let Some(acl) = label(parse, "acl") else { return };
    for t in 1..parse.len() {
        if parse.tag(t) != "VBN" || parse.dep(t) != "acl" {
            continue;
        }
        let Some(v) = parse.head(t).filter(|&v| v < t && parse.tag(v).starts_with("VB")) else { continue };
        let comma = (v + 1..t).rev().find(|&c| !matches!(parse.tag(c), "AFX" | "HYPH" | "RB"));
        if comma.is_none_or(|c| parse.tag(c) != ",") {
            continue;
        }
        // ("activated its first battery in 2025, handed over by X": what is given or bought is the
        // verb's object, a thing.)
        let moved = GIVING.contains(&parse.lemma(t)) || OBTAINING.contains(&parse.lemma(t));
        let object = kids(parse, v).find(|&k| parse.dep(k) == "dobj" && matches!(parse.tag(k), "NN" | "NNS"));
        let subject = kids(parse, v).find(|&k| parse.dep(k) == "nsubj" && parse.tag(k).starts_with("NN"));
        if let Some(n) = object.filter(|_| moved).or(subject) {
            attach(parse, t, Some(n), acl);
        }
    }
}

/// "Norway announced a new military aid package including ...", read with
/// the article as the head of the noun after it (the noun its "dobj", the
/// article hung on the final punctuation), or "Finland met the US and
/// Norway", the article hung on the verb: an article heads nothing; the noun
/// takes that label on the verb or preposition the article hangs on, else on
/// the nearest before it, and the article is its determiner.
pub fn determiner_read_as_head(parse: &mut Parse) {
    let Some(det) = label(parse, "det") else { return };
    for d in 1..parse.len() {
        if parse.tag(d) != "DT" || parse.dep(d) != "det" {
            continue;
        }
        let Some(n) = kids(parse, d).find(|&c| {
            c > d && parse.tag(c).starts_with("NN") && matches!(parse.dep(c), "dobj" | "pobj" | "nsubj" | "attr")
        }) else {
            continue;
        };
        // (Only when the article hangs outside its phrase: on punctuation, past the noun, or on the
        // verb or preposition before it, "Finland met the US and Norway", which then takes the noun.)
        let governs = |v: usize| parse.tag(v).starts_with("VB") || matches!(parse.tag(v), "IN" | "TO");
        let on_governor = parse.head(d).filter(|&h| h < d && governs(h));
        if on_governor.is_none() && parse.head(d).is_some_and(|h| h < n && parse.dep(h) != "punct") {
            continue;
        }
        let Some(v) = on_governor.or_else(|| (0..d).rev().find(|&v| governs(v))) else {
            continue;
        };
        let dep = parse.tokens[n].dep;
        attach(parse, n, Some(v), dep);
        attach(parse, d, Some(n), det);
    }
}

/// "looked forward to the ASEAN-Japan Summit to be held later this year",
/// read with "to be held" a clause of the main verb: a passive infinitive
/// right after the object of a preposition, hung on the verb the preposition
/// is under, is on that noun.
pub fn passive_infinitive_on_noun(parse: &mut Parse) {
    let Some(acl) = label(parse, "acl") else { return };
    for v in 3..parse.len() {
        let (to, be, n) = (v - 2, v - 1, v.saturating_sub(3));
        if parse.tag(v) != "VBN"
            || parse.dep(v) != "xcomp"
            || parse.tag(to) != "TO"
            || parse.lemma(be) != "be"
            || !parse.tag(n).starts_with("NN")
            || parse.dep(n) != "pobj"
        {
            continue;
        }
        let Some(verb) = parse.head(v) else { continue };
        if parse.head(n).and_then(|prep| parse.head(prep)).is_some_and(|h| under_or_is(parse, verb, h)) {
            attach(parse, v, Some(n), acl);
        }
    }
}

/// "Washington and Buenos Aires have stepped up joint training", read with
/// the first name a bare noun phrase on the verb, and the second its subject
/// or a conjunct of the first: names joined by "and" before a verb with no
/// other subject are its subject.
pub fn conjunct_read_as_adverbial(parse: &mut Parse) {
    let (Some(nsubj), Some(conj)) = (label(parse, "nsubj"), label(parse, "conj")) else { return };
    for x in 0..parse.len() {
        if !(parse.tag(x).starts_with("NNP") && parse.dep(x) == "npadvmod") {
            continue;
        }
        let (Some(v), Some(cc)) = (parse.head(x), kids(parse, x).find(|&c| c > x && parse.dep(c) == "cc")) else {
            continue;
        };
        if v < x || !parse.tag(v).starts_with("VB") {
            continue;
        }
        let subject = |c: usize| matches!(parse.dep(c), "nsubj" | "nsubjpass");
        let second = kids(parse, x).find(|&c| c > cc && parse.dep(c) == "conj" && parse.tag(c).starts_with("NNP"));
        let s = match second {
            Some(s) if !kids(parse, v).any(subject) => s,
            Some(_) => continue,
            None => match kids(parse, v).find(|&c| c > cc && c < v && parse.dep(c) == "nsubj") {
                Some(s) if parse.tag(s).starts_with("NNP") => s,
                _ => continue,
            },
        };
        // (Names alone: the words between are parts of the two names.)
        if (x + 1..cc).all(|y| parse.head(y) == Some(x)) && (cc + 1..s).all(|y| parse.head(y) == Some(s)) {
            attach(parse, x, Some(v), nsubj);
            attach(parse, s, Some(x), conj);
        }
    }
}

/// "signed a treaty that provides for mutual assistance if either is
/// attacked", read with the condition on the main verb: a clause of
/// condition right after a relative clause on the verb's object, with
/// nothing between but that clause, is on the relative clause's verb (the
/// nearer one).
pub fn condition_after_relative(parse: &mut Parse) {
    for c in 2..parse.len() {
        let Some(v) = parse.head(c).filter(|_| parse.dep(c) == "advcl" && parse.tag(c).starts_with("VB")) else {
            continue;
        };
        let Some(mark) = kids(parse, c).find(|&m| parse.dep(m) == "mark" && m < c) else { continue };
        if !CONDITIONS.contains(&parse.lemma(mark)) {
            continue;
        }
        let first = (0..c).find(|&x| under_or_is(parse, c, x)).unwrap_or(c);
        let object = kids(parse, v).find(|&o| parse.dep(o) == "dobj" && o > v && o < first);
        let relative = object.and_then(|o| kids(parse, o).filter(|&r| parse.dep(r) == "relcl" && r < first).last());
        let Some(r) = relative else { continue };
        if (r + 1..first).all(|x| under_or_is(parse, r, x)) {
            parse.tokens[c].head = Some(r);
        }
    }
}

/// Words that open a clause of condition.
const CONDITIONS: [&str; 3] = ["if", "unless", "whenever"];

/// "an extension of the PKK militants it has fought", read with the clause
/// on "extension": a relative clause with no pronoun ("[that] it has fought")
/// opens right after its noun, so a clause hung on a noun further back whose
/// first word follows a noun of that noun's phrase is that nearer noun's.
pub fn contact_clause_on_far_noun(parse: &mut Parse) {
    let Some(relcl) = label(parse, "relcl") else { return };
    for v in 1..parse.len() {
        let Some(h) = parse.head(v).filter(|_| parse.dep(v) == "relcl") else { continue };
        // The clause's first word: its subject, with no relative pronoun or "that" before.
        let Some(first) = kids(parse, v).filter(|&k| k < v).min() else { continue };
        if !matches!(parse.dep(first), "nsubj" | "nsubjpass")
            || kids(parse, first).next().is_some_and(|k| k < first)
            || matches!(parse.tag(first), "WDT" | "WP" | "WP$")
        {
            continue;
        }
        let Some(near) = first.checked_sub(1) else { continue };
        if near <= h || !matches!(parse.tag(near), "NN" | "NNS") || !matches!(parse.dep(near), "pobj" | "conj") {
            continue;
        }
        // (The nearer noun is inside the far one's phrase: "[extension] of the militants".)
        let mut up = near;
        while let Some(u) = parse.head(up).filter(|&u| u != h && u > h) {
            up = u;
        }
        if parse.head(up) == Some(h) {
            attach(parse, v, Some(near), relcl);
        }
    }
}

/// "flies to Moscow in October and sits down with Putin", read with "sits"
/// as a plural joined to "October" and "down with Putin" on "flies": a plural
/// after "and" that may be a present verb, inside a phrase of a present verb
/// in "-s" that holds the words right after the plural, is a verb joined to
/// that verb, with those words.
pub fn plural_before_verb_words(parse: &mut Parse) {
    let (Some(vbz), Some(conj), Some(cc)) = (tag_id(parse, "VBZ"), label(parse, "conj"), label(parse, "cc")) else {
        return;
    };
    for w in 2..parse.len().saturating_sub(1) {
        if parse.tag(w) != "NNS" || parse.dep(w) != "conj" || parse.tag(w - 1) != "CC" || !may_be_present_verb(parse, w)
        {
            continue;
        }
        // The verb the plural's phrase hangs on.
        let Some(verb) = verb_above(parse, parse.head(w), 4).filter(|&v| parse.tag(v) == "VBZ" && v < w) else {
            continue;
        };
        // (The next word hangs on that verb, "down", "with"; or a particle on the noun joined to.)
        let on_noun = parse.head(w + 1) == parse.head(w) && parse.dep(w + 1) == "prt";
        if !(parse.head(w + 1) == Some(verb) && matches!(parse.dep(w + 1), "prt" | "prep") || on_noun) {
            continue;
        }
        let mut later: Vec<usize> = kids(parse, verb).filter(|&k| k > w && parse.dep(k) != "punct").collect();
        if on_noun {
            later.push(w + 1);
        }
        parse.tokens[w].tag = vbz;
        attach(parse, w, Some(verb), conj);
        attach(parse, w - 1, Some(verb), cc);
        for k in later {
            parse.tokens[k].head = Some(w);
        }
    }
}

/// "called the Israeli raids a flagrant violation", read with "the Israeli"
/// as the subject of a clause "raids a violation": a capitalised word that
/// may be an adjective, after "the" and before a word in "-s" that may be a
/// plural noun with an object of its own, in a clause hung on a verb, is the
/// plural's adjective; the plural is the verb's first object and its object
/// the verb's second ("what the raids are called").
pub fn adjective_name_read_as_subject(parse: &mut Parse) {
    let (Some(jj), Some(nns), Some(amod), Some(dative), Some(oprd), Some(det)) = (
        tag_id(parse, "JJ"),
        tag_id(parse, "NNS"),
        label(parse, "amod"),
        label(parse, "dative"),
        label(parse, "oprd"),
        label(parse, "det"),
    ) else {
        return;
    };
    for v in 3..parse.len() {
        let Some(h) = parse.head(v).filter(|&h| parse.dep(v) == "ccomp" && parse.tag(h).starts_with("VB") && h < v)
        else {
            continue;
        };
        let s = v - 1;
        if parse.tag(v) != "VBZ"
            || parse.tag(s) != "NNP"
            || parse.head(s) != Some(v)
            || parse.dep(s) != "nsubj"
            || !parse.word(s - 1).eq_ignore_ascii_case("the")
            || parse.head(s - 1) != Some(s)
            || kids(parse, s).any(|k| k != s - 1)
            || !dictionary_allows(parse, &parse.word(s).to_lowercase(), "JJ")
            || !dictionary_allows(parse, &parse.word(v).to_lowercase(), "NNS")
        {
            continue;
        }
        let Some(o) = kids(parse, v).find(|&k| k > v && parse.dep(k) == "dobj") else { continue };
        parse.tokens[s].tag = jj;
        attach(parse, s, Some(v), amod);
        attach(parse, s - 1, Some(v), det);
        parse.tokens[v].tag = nns;
        attach(parse, v, Some(h), dative);
        attach(parse, o, Some(h), oprd);
    }
}

/// "Budapest, which receives its crude from Russia, as does neighbouring
/// Slovakia, accused Kyiv of ...", read with the name as the root, "as does
/// neighbouring" as a clause with "Slovakia" its object and "accused" a
/// participle on it: "as" and a form of "do" before a name and a comma is a
/// clause of comparison whose subject is that name; the word after the comma
/// that may be a past verb is the sentence's verb, and the root name its subject.
pub fn comparison_clause_before_verb(parse: &mut Parse) {
    let (Some(vbd), Some(root_label), Some(nsubj), Some(advcl), Some(mark), Some(amod), Some(punct)) = (
        tag_id(parse, "VBD"),
        label(parse, "root"),
        label(parse, "nsubj"),
        label(parse, "advcl"),
        label(parse, "mark"),
        label(parse, "amod"),
        label(parse, "punct"),
    ) else {
        return;
    };
    let Some(root) = root_of(parse).filter(|&r| parse.tag(r).starts_with("NN")) else { return };
    for a in root + 1..parse.len().saturating_sub(4) {
        if parse.lemma(a) != "as" || parse.lemma(a + 1) != "do" || parse.word(a - 1) != "," {
            continue;
        }
        // The name compared, its words up to the comma.
        let Some(comma) = (a + 2..parse.len().min(a + 7)).find(|&c| parse.word(c) == ",") else { continue };
        let name = comma - 1;
        let v = comma + 1;
        if name < a + 2
            || parse.tag(name) != "NNP"
            || v >= parse.len()
            || !matches!(parse.tag(v), "VBD" | "VBN")
            || !dictionary_allows(parse, &parse.word(v).to_lowercase(), "VBD")
        {
            continue;
        }
        let does = a + 1;
        parse.tokens[v].tag = vbd;
        attach(parse, v, None, root_label);
        attach(parse, root, Some(v), nsubj);
        attach(parse, does, Some(v), advcl);
        attach(parse, a, Some(does), mark);
        attach(parse, name, Some(does), nsubj);
        for w in a + 2..name {
            if parse.head(w) != Some(name) || matches!(parse.dep(w), "dobj" | "advcl") {
                attach(parse, w, Some(name), amod);
            }
        }
        attach(parse, comma, Some(v), punct);
        // (What hung on the root after the verb is the verb's: the final stop.)
        for c in v + 1..parse.len() {
            if parse.head(c) == Some(root) {
                parse.tokens[c].head = Some(v);
            }
        }
        return;
    }
}

/// "Romania's order of 298 vehicles from Rheinmetall", read with "from" on
/// "of": a preposition that already has its object before another
/// preposition hung on it holds no second phrase; that phrase is on its
/// object.
pub fn preposition_on_preposition(parse: &mut Parse) {
    for p in 2..parse.len() {
        let Some(h) = parse.head(p) else { continue };
        if parse.dep(p) != "prep"
            || parse.tag(h) != "IN"
            || parse.dep(h) != "prep"
            || !matches!(parse.lemma(p), "from" | "to" | "for" | "with" | "by")
        {
            continue;
        }
        let Some(o) = kids(parse, h).find(|&k| k < p && parse.dep(k) == "pobj" && parse.tag(k).starts_with("NN"))
        else {
            continue;
        };
        parse.tokens[p].head = Some(o);
    }
}

/// The first verb at or above token `from`, climbing at most `steps` heads
/// (the last token reached when none is a verb; the caller checks its tag).
fn verb_above(parse: &Parse, from: Option<usize>, steps: usize) -> Option<usize> {
    let mut v = from;
    for _ in 0..steps {
        match v {
            Some(x) if !parse.tag(x).starts_with("VB") => v = parse.head(x),
            _ => break,
        }
    }
    v
}

/// "Moscow would buy wheat if it was \"competitively priced.\"", read with the
/// quoted participle as a second root or a conjunct hung on the verb: a verb's
/// clause under another verb that opens with its own subordinator ("if",
/// "unless", "because") is that verb's adverbial clause, its subordinator on
/// the clause's verb, not on an auxiliary ("if it was [priced]").
pub fn marked_clause_left_as_root(parse: &mut Parse) {
    let (Some(root), Some(conj), Some(advcl)) = (label(parse, "root"), label(parse, "conj"), label(parse, "advcl"))
    else {
        return;
    };
    for t in 0..parse.len() {
        let Some(h) = parse.head(t) else { continue };
        let dep = parse.tokens[t].dep;
        if !(dep == root || dep == conj || dep == advcl)
            || !parse.tag(h).starts_with("VB")
            || !parse.tag(t).starts_with("VB")
        {
            continue;
        }
        // (The parse may hang the subordinator on the clause's auxiliary: "if it was [priced]".)
        let auxiliaries: Vec<usize> =
            kids(parse, t).filter(|&a| matches!(parse.dep(a), "aux" | "auxpass")).chain([t]).collect();
        let mark = auxiliaries.iter().find_map(|&a| kids(parse, a).find(|&m| parse.dep(m) == "mark" && m < t));
        if let Some(m) = mark {
            attach(parse, t, Some(h), advcl);
            parse.tokens[m].head = Some(t);
        }
    }
}

/// "the Houthis, whose attacks on shipping have disrupted trade", read with
/// the clause's verb hung on the noun but labelled a root: a verb under a
/// noun before it, whose clause opens with a relative word ("whose", "which",
/// "who") right after the noun (or its comma), is the noun's relative clause.
pub fn relative_clause_left_as_root(parse: &mut Parse) {
    let Some(relcl) = label(parse, "relcl") else { return };
    for t in 1..parse.len() {
        let Some(h) = verb_left_as_root(parse, t).filter(|&h| parse.tag(h).starts_with("NN")) else { continue };
        let w = if parse.word(h + 1) == "," { h + 2 } else { h + 1 };
        if w < t && matches!(parse.tag(w), "WDT" | "WP" | "WP$") && under_or_is(parse, t, w) {
            parse.tokens[t].dep = relcl;
        }
    }
}

/// "influence with China, which, along with Russia, remains the junta's main
/// supplier", read with the clause's verb hung on the sentence's main verb as
/// its complement, or on a common noun further back ("the visit as part of
/// Ankara's rivalry with Iran, which ... remains"): a finite verb whose
/// subject is "which" or "who" right after a name or noun and its comma is
/// that noun's relative clause (a relative clause is moved only from a common
/// noun to a name: "the leader of the group, who" may be either's).
pub fn relative_clause_on_far_verb(parse: &mut Parse) {
    let Some(relcl) = label(parse, "relcl") else { return };
    for w in 2..parse.len() {
        let Some(v) = parse.head(w) else { continue };
        let n = w - 2;
        let far_noun = parse.dep(v) == "relcl"
            && parse.tag(n).starts_with("NNP")
            && parse.head(v).is_some_and(|h| h < n && matches!(parse.tag(h), "NN" | "NNS"));
        if parse.dep(w) != "nsubj"
            || !["which", "who"].iter().any(|r| parse.word(w).eq_ignore_ascii_case(r))
            || parse.word(w - 1) != ","
            || !parse.tag(n).starts_with("NN")
            || !matches!(parse.tag(v), "VBZ" | "VBD" | "VBP")
            || v < w
            || parse.head(v) == Some(n)
            || !(far_noun || matches!(parse.dep(v), "ccomp" | "conj" | "xcomp" | "advcl"))
            || under_or_is(parse, v, n)
        {
            continue;
        }
        attach(parse, v, Some(n), relcl);
    }
}

/// "Kazakhstan signs Rosatom contract for first plant, China's CNNC lined up
/// for second", a headline of two clauses read with the second's verb hung on
/// the first's but labelled a root: a verb with a subject of its own after a
/// comma, with no conjunction or subordinator before it, is a clause beside
/// the first (parataxis), not a second verb of its subject.
pub fn second_clause_left_as_root(parse: &mut Parse) {
    let Some(parataxis) = label(parse, "parataxis") else { return };
    for t in 2..parse.len() {
        let Some(h) = verb_left_as_root(parse, t).filter(|&h| parse.tag(h).starts_with("VB")) else { continue };
        let subject = kids(parse, t).find(|&k| k < t && parse.dep(k).starts_with("nsubj"));
        let Some(subject) = subject else { continue };
        // (The comma may hang on either verb.)
        let start = (h + 1..=subject).find(|&k| under_or_is(parse, t, k) && parse.word(k) != ",").unwrap_or(subject);
        let comma = parse.word(start - 1) == ",";
        let joined = (h + 1..t).any(|k| matches!(parse.dep(k), "cc" | "mark") && under_or_is(parse, t, k));
        if comma && !joined {
            parse.tokens[t].dep = parataxis;
        }
    }
}

/// "held a bilateral with Meloni", read with "bilateral" an adjective: an
/// adjective that heads an indefinite noun phrase as an object or subject, with
/// no noun after it in the phrase, is a noun, when the tag dictionary lets it be one.
pub fn adjective_read_as_noun(parse: &mut Parse) {
    let Some(nn) = tag_id(parse, "NN") else { return };
    for w in 1..parse.len() {
        if parse.tag(w) != "JJ" || !matches!(parse.dep(w), "dobj" | "pobj" | "nsubj" | "nsubjpass") {
            continue;
        }
        // (An indefinite article: "the trilateral" may be a pact or a meeting named before.)
        let article = kids(parse, w)
            .any(|k| k < w && parse.dep(k) == "det" && matches!(parse.word(k).to_lowercase().as_str(), "a" | "an"));
        let noun_after = kids(parse, w).any(|k| k > w && matches!(parse.dep(k), "compound" | "amod" | "appos"));
        if article && !noun_after && dictionary_allows(parse, &parse.word(w).to_lowercase(), "NN") {
            parse.tokens[w].tag = nn;
        }
    }
}

/// "has been locked for years in a war with X", read with "in" on "years": a
/// prepositional phrase (other than "of") after a span of time that a
/// preposition hangs on a verb ("for years", "over decades") belongs to that
/// verb.
pub fn preposition_on_duration(parse: &mut Parse) {
    const SPANS: [&str; 10] = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"];
    for p in 3..parse.len() {
        let Some(t) = parse.head(p) else { continue };
        let Some(q) = parse.head(t) else { continue };
        let Some(v) = parse.head(q) else { continue };
        if parse.dep(p) == "prep"
            && parse.lemma(p) != "of"
            && t + 1 == p
            && SPANS.contains(&parse.word(t).to_lowercase().as_str())
            && parse.dep(t) == "pobj"
            && matches!(parse.lemma(q), "for" | "over")
            && parse.tag(v).starts_with("VB")
        {
            parse.tokens[p].head = Some(v);
        }
    }
}

/// "which designated Kenya a major non-NATO ally", read with "Kenya" a
/// compound of the verb and "ally" as the name's object: a name is no
/// compound of a verb. It is the verb's first object (as in "designated Qatar
/// a major ally"), and a noun hung on it as an object is the verb's second.
pub fn name_read_as_compound_of_verb(parse: &mut Parse) {
    let (Some(dative), Some(dobj)) = (label(parse, "dative"), label(parse, "dobj")) else { return };
    for n in 1..parse.len() {
        let Some(v) = parse.head(n) else { continue };
        if parse.dep(n) != "compound"
            || !parse.tag(n).starts_with("NNP")
            || !parse.tag(v).starts_with("VB")
            || v > n
            || kids(parse, v).any(|k| matches!(parse.dep(k), "dobj" | "dative"))
        {
            continue;
        }
        let objects: Vec<usize> = kids(parse, n).filter(|&k| k > n && parse.dep(k) == "dobj").collect();
        attach(parse, n, Some(v), if objects.is_empty() { dobj } else { dative });
        for o in objects {
            attach(parse, o, Some(v), dobj);
        }
    }
}

/// "took delivery in February of five squadrons", "took delivery on Thursday
/// of its first jets", read with "of" on the month, the day or the verb: an
/// "of" after a time phrase that follows a verb's object noun belongs to that
/// noun, unless what it is "of" is itself a time ("in May of last year").
pub fn of_after_time_phrase(parse: &mut Parse) {
    let time = |p: &Parse, t: usize| {
        let w = p.word(t).to_lowercase();
        TIME_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "week" | "month" | "year" | "weekend" | "day")
    };
    for of in 2..parse.len() {
        if parse.dep(of) != "prep" || parse.lemma(of) != "of" {
            continue;
        }
        let Some(h) = parse.head(of) else { continue };
        // The time phrase right before "of", and the verb it hangs on.
        let verb = if time(parse, h) && h + 1 == of {
            match parse.head(h) {
                Some(pp) if parse.dep(h) == "pobj" && parse.tag(pp) == "IN" => parse.head(pp),
                Some(v) if parse.dep(h) == "npadvmod" => Some(v),
                _ => None,
            }
        } else if parse.tag(h).starts_with("VB") && time(parse, of - 1) {
            Some(h)
        } else {
            None
        };
        let Some(v) = verb.filter(|&v| parse.tag(v).starts_with("VB")) else { continue };
        let Some(n) = kids(parse, v).find(|&k| k < of && parse.dep(k) == "dobj" && parse.tag(k).starts_with("NN"))
        else {
            continue;
        };
        let of_time = kids(parse, of).any(|o| time(parse, o) || parse.tag(o) == "CD");
        if n + 1 < of && !of_time && !kids(parse, n).any(|k| parse.lemma(k) == "of") {
            parse.tokens[of].head = Some(n);
        }
    }
}

/// The word before it that verb `t` hangs on, when the parse labelled the
/// verb a root all the same.
fn verb_left_as_root(parse: &Parse, t: usize) -> Option<usize> {
    parse.head(t).filter(|&h| h < t && parse.dep(t) == "root" && parse.tag(t).starts_with("VB"))
}

/// Whether token `p` is a preposition the parse left with no object (nor
/// any other dependent).
fn bare_preposition(parse: &Parse, p: usize) -> bool {
    matches!(parse.tag(p), "IN" | "TO") && parse.dep(p) == "prep" && kids(parse, p).next().is_none()
}

/// Whether `x` is `t` or lies below it.
fn under_or_is(parse: &Parse, t: usize, x: usize) -> bool {
    let mut y = x;
    for _ in 0..64 {
        if y == t {
            return true;
        }
        match parse.head(y) {
            Some(h) => y = h,
            None => return false,
        }
    }
    false
}

/// "X received loans and Y received grants": the parser often reads "Y" as
/// a second object ("loans and Y") and leaves the second verb with no
/// subject (or reads the second clause as an adverbial one with no marker).
/// A finite verb joined to another with no subject of its own,
/// right after a noun conjoined before it, has that noun as its subject,
/// and the "and" between them joins the verbs.
pub fn conjoined_subject(parse: &mut Parse) {
    let (Some(nsubj), Some(cc), Some(conj)) = (label(parse, "nsubj"), label(parse, "cc"), label(parse, "conj")) else {
        return;
    };
    for verb in 1..parse.len() {
        let noun = verb - 1;
        if !matches!(parse.tag(verb), "VBD" | "VBZ" | "VBP")
            || !matches!(parse.dep(verb), "conj" | "advcl")
            || kids(parse, verb).any(|c| parse.dep(c).starts_with("nsubj") || matches!(parse.dep(c), "expl" | "mark"))
            || !(parse.tag(noun).starts_with("NN") || parse.tag(noun) == "PRP")
            || parse.dep(noun) != "conj"
            || parse.head(noun).is_none_or(|h| h > noun)
        {
            continue;
        }
        let Some(first) = parse.head(verb) else { continue };
        parse.tokens[verb].dep = conj;
        let and = kids(parse, parse.head(noun).unwrap_or(noun)).find(|&c| parse.dep(c) == "cc" && c < noun);
        if let Some(and) = and {
            parse.tokens[and].head = Some(first);
            parse.tokens[and].dep = cc;
        }
        parse.tokens[noun].head = Some(verb);
        parse.tokens[noun].dep = nsubj;
    }
}

/// Whether `c` is the object of `w` read as a verb, misread as an apposition
/// right after it, a name or with its own article ("arms the Houthis": an
/// apposition is set off by a comma), or as a name joined to it with no "and"
/// ("supplies France with uranium").
fn object_read_as_apposition(parse: &Parse, w: usize, c: usize) -> bool {
    match parse.dep(c) {
        "appos" if c == w + 1 => parse.tag(c).starts_with("NNP"),
        "appos" => c > w + 1 && parse.tag(w + 1) == "DT" && parse.head(w + 1) == Some(c),
        // ("Kuwait pumps crude oil to Japan": a bare noun phrase read as an adverbial.)
        "npadvmod" => c > w && parse.tag(c).starts_with("NN") && (w + 1..c).all(|x| parse.head(x) == Some(c)),
        "conj" => {
            c == w + 1
                && parse.tag(c).starts_with("NNP")
                && !kids(parse, w).any(|k| parse.dep(k) == "cc" || parse.word(k) == ",")
        }
        _ => false,
    }
}

/// The root noun of a sentence whose only finite verbs are in relative
/// clauses on it ("Lukashenko, who let Russian forces use Belarus, ...").
fn subject_with_relative_clause(parse: &Parse) -> Option<usize> {
    let root = root_of(parse)?;
    if !parse.tag(root).starts_with("NN") || !kids(parse, root).any(|c| parse.dep(c) == "relcl") {
        return None;
    }
    let in_clause = |mut t: usize| {
        while let Some(h) = parse.head(t) {
            if h == root {
                return parse.dep(t) == "relcl";
            }
            t = h;
        }
        false
    };
    let finite = |t: usize| matches!(parse.tag(t), "VBD" | "VBZ" | "VBP" | "MD");
    (0..parse.len()).filter(|&t| finite(t)).all(in_clause).then_some(root)
}

/// The root of a sentence with no finite verb, when it is a noun: the shape
/// of the misreadings the first two repairs mend.
fn verbless_noun_root(parse: &Parse) -> Option<usize> {
    let root = root_of(parse)?;
    let finite = (0..parse.len()).any(|t| matches!(parse.tag(t), "VBD" | "VBZ" | "VBP" | "MD"));
    (parse.tag(root).starts_with("NN") && !finite).then_some(root)
}

/// Whether token `w`, read as a plural noun, may be a verb in "-s" (its tag
/// dictionary lists VBZ for the word or VB for its lemma).
fn may_be_present_verb(parse: &Parse, w: usize) -> bool {
    dictionary_allows(parse, &parse.word(w).to_lowercase(), "VBZ") || dictionary_allows(parse, parse.lemma(w), "VB")
}

/// Whether the tag dictionary lets `word` (lower case) take tag `tag`.
fn dictionary_allows(parse: &Parse, word: &str, tag: &str) -> bool {
    let Some(id) = tag_id(parse, tag) else { return false };
    parse.analyzer.tag_dictionary.get(word).is_some_and(|tags| tags.contains(&usize::from(id)))
}

/// "X accused Y of an assault, a charge Tajik officials rejected", read with
/// "rejected" as the main verb and "accused" as its complement: a clause
/// after a comma that opens with an article and a common noun and whose verb
/// has a subject of its own is a relative clause on that noun, an apposition
/// to what came before; the clause before the comma is the sentence's.
pub fn trailing_apposition_read_as_main(parse: &mut Parse) {
    let (Some(root), Some(appos), Some(relcl), Some(det)) =
        (label(parse, "root"), label(parse, "appos"), label(parse, "relcl"), label(parse, "det"))
    else {
        return;
    };
    let Some(r) = (0..parse.len()).find(|&t| parse.head(t).is_none() && parse.tag(t).starts_with("VB")) else { return };
    let Some(v) = kids(parse, r).find(|&c| c < r && parse.dep(c) == "ccomp" && parse.tag(c).starts_with("VB")) else {
        return;
    };
    let Some(comma) = (v + 1..r).find(|&c| parse.word(c) == "," && parse.head(c) == Some(r)) else { return };
    let article = comma + 1;
    let noun = article + 1;
    let subject = kids(parse, r).find(|&k| parse.dep(k) == "nsubj");
    // (Not a reporting clause: "..., the trade sources said".)
    let speech = ["announce", "note", "warn", "insist", "argue", "write", "explain", "estimate", "confirm"];
    if REPORTING.contains(&parse.lemma(r)) || speech.contains(&parse.lemma(r)) {
        return;
    }
    if !matches!(parse.lemma(article), "a" | "an" | "the")
        || noun >= r
        || !matches!(parse.tag(noun), "NN" | "NNS")
        || subject.is_none_or(|s| s <= noun)
        || (comma + 1..r).any(|x| parse.word(x) == ",")
    {
        return;
    }
    attach(parse, v, None, root);
    attach(parse, comma, Some(v), parse.tokens[comma].dep);
    attach(parse, noun, Some(v), appos);
    attach(parse, article, Some(noun), det);
    attach(parse, r, Some(noun), relcl);
    // (What the noun's run held besides: "a charge Tajik officials" read as one noun.)
    for x in noun + 1..r {
        if parse.head(x) == Some(noun) && parse.dep(x) != "det" {
            parse.tokens[x].head = subject;
        }
    }
}

/// "Belarus depends on Russian oil and gas.", read with "oil" and "Russian"
/// hung on the full stop: punctuation heads nothing. The object of a
/// preposition goes to the last preposition before it that has none, a
/// modifier to the first noun after it.
pub fn head_on_punctuation(parse: &mut Parse) {
    for t in 0..parse.len() {
        if parse.head(t).is_none_or(|p| parse.dep(p) != "punct") {
            continue;
        }
        let head = match parse.dep(t) {
            "pobj" => (0..t).rev().find(|&a| parse.dep(a) == "prep" && !kids(parse, a).any(|k| parse.dep(k) == "pobj")),
            "amod" | "compound" | "det" | "nummod" | "poss" => {
                (t + 1..parse.len()).find(|&n| parse.tag(n).starts_with("NN") && parse.head(n) != Some(t))
            }
            _ => None,
        };
        if let Some(h) = head {
            parse.tokens[t].head = Some(h);
        }
    }
}

/// "The launchers were Chinese systems, and the army held an exercise with
/// Cambodian forces", read with "army" joined to "systems" and "held" hung on
/// the full stop: a noun joined after ", and" (or ", but") right before a
/// finite verb that has no subject and hangs on a later word is that verb's
/// subject, and the verb a second clause joined to the one the first noun is in.
pub fn clause_read_as_joined_noun(parse: &mut Parse) {
    let (Some(conj), Some(nsubj)) = (label(parse, "conj"), label(parse, "nsubj")) else { return };
    for n in 2..parse.len().saturating_sub(1) {
        let v = n + 1;
        if !parse.tag(n).starts_with("NN")
            || parse.dep(n) != "conj"
            || !matches!(parse.tag(v), "VBD" | "VBZ" | "VBP")
            || parse.head(v).is_none_or(|h| h < v)
            || kids(parse, v).any(|k| parse.dep(k).starts_with("nsubj"))
        {
            continue;
        }
        // Where the noun's phrase starts: after ", and".
        let start = (0..n).find(|&k| under_or_is(parse, n, k)).unwrap_or(n);
        if start < 2 || !matches!(parse.word(start - 1), "and" | "but") || parse.word(start - 2) != "," {
            continue;
        }
        // The clause the first conjunct is in.
        let mut c = parse.head(n);
        while let Some(x) = c.filter(|&x| !parse.tag(x).starts_with("VB")) {
            c = parse.head(x);
        }
        let Some(c) = c.filter(|&c| c < n) else { continue };
        attach(parse, v, Some(c), conj);
        attach(parse, n, Some(v), nsubj);
        parse.tokens[start - 1].head = Some(v);
        parse.tokens[start - 2].head = Some(v);
    }
}

/// "Anwar Ibrahim, then ASEAN chair, hosted Thai and Cambodian leaders",
/// read with "hosted" as a participle on the name or its apposition: a past
/// form right after the comma that closes an apposition, before its object,
/// is the verb of the name's clause when the name has no other role (it is
/// the root, or the object of the "where" that opens a relative clause:
/// "in Kuala Lumpur, where Anwar Ibrahim, then ASEAN chair, hosted ...").
pub fn verb_after_apposition(parse: &mut Parse) {
    let Some((vbd, root, nsubj)) = clause_ids(parse) else { return };
    let (Some(relcl), Some(advmod), Some(dobj)) = (label(parse, "relcl"), label(parse, "advmod"), label(parse, "dobj"))
    else {
        return;
    };
    for a in 2..parse.len() {
        let Some(s) = parse.head(a).filter(|&s| s < a && parse.dep(a) == "appos" && parse.tag(s).starts_with("NNP"))
        else {
            continue;
        };
        let where_ = parse.head(s).filter(|&w| parse.tag(w) == "WRB" && w >= 2 && parse.word(w - 1) == ",");
        if parse.head(s).is_some() && where_.is_none() || parse.word(s + 1) != "," {
            continue;
        }
        let on_name = |v: usize| parse.head(v) == Some(a) || parse.head(v) == Some(s);
        let Some(v) = (a + 1..parse.len()).find(|&v| parse.word(v - 1) == "," && on_name(v)) else { continue };
        let object_next =
            v + 1 < parse.len() && matches!(parse.tag(v + 1), "DT" | "JJ" | "PRP$" | "CD" | "NNP" | "NN" | "NNS");
        if !matches!(parse.tag(v), "VBN" | "VBD") || parse.dep(v) != "acl" || !object_next {
            continue;
        }
        parse.tokens[v].tag = vbd;
        match where_ {
            Some(w) => {
                attach(parse, v, Some(w - 2), relcl);
                attach(parse, w, Some(v), advmod);
            }
            None => {
                attach(parse, v, None, root);
                for k in v + 1..parse.len() {
                    if parse.head(k) == Some(s) {
                        parse.tokens[k].head = Some(v);
                    }
                }
            }
        }
        attach(parse, s, Some(v), nsubj);
        object_read_as_conjunct(parse, v, dobj);
        return;
    }
}

/// "completed delivery in 2023 of the 20 launchers Poland ordered", read
/// with "of" on the year: a date takes no "of" phrase after it; the "of" goes
/// to the noun the date's preposition is on.
pub fn of_on_date(parse: &mut Parse) {
    for o in 2..parse.len() {
        let Some(d) = parse.head(o).filter(|&d| d + 1 == o) else { continue };
        if parse.lemma(o) != "of" || !(is_year(parse, d) || is_time_word(parse, d)) {
            continue;
        }
        let noun = parse
            .head(d)
            .filter(|&p| parse.dep(d) == "pobj" && parse.tag(p) == "IN")
            .and_then(|p| parse.head(p))
            .filter(|&n| parse.tag(n).starts_with("NN") && n < d);
        if let Some(n) = noun {
            parse.tokens[o].head = Some(n);
        }
    }
}

/// 'said the US "stands with our ally, the Philippines," and reiterated
/// that ...', read with "the Philippines" as the subject of "reiterated": no
/// subject is parted from its verb by a comma and "and". A name after a
/// comma that follows a noun, with only punctuation and "and" (or "but")
/// between it and the verb, is that noun's apposition, and the verb is
/// joined to the one it hangs on.
pub fn apposition_read_as_subject_before_and(parse: &mut Parse) {
    let (Some(appos), Some(conj), Some(cc)) = (label(parse, "appos"), label(parse, "conj"), label(parse, "cc")) else {
        return;
    };
    for v in 3..parse.len() {
        // (Asked again below: the cheap test first.)
        if !parse.head(v).is_some_and(|h| parse.tag(h).starts_with("VB")) {
            continue;
        }
        let Some(s) = kids(parse, v).find(|&k| k < v && parse.dep(k) == "nsubj" && parse.tag(k).starts_with("NNP"))
        else {
            continue;
        };
        // (A list of subjects is no such name: "Belgrade and Budapest agreed".)
        if kids(parse, s).any(|k| parse.dep(k) == "conj") {
            continue;
        }
        let between: Vec<usize> = (s + 1..v).filter(|&k| !under_or_is(parse, s, k) || parse.tag(k) == "CC").collect();
        let glue = |k: usize| matches!(parse.word(k), "," | "\"" | "''" | "``" | "\u{201d}" | "and" | "but");
        if !between.iter().all(|&k| glue(k))
            || !between.iter().any(|&k| parse.tag(k) == "CC")
            || !(s + 1..v).any(|k| parse.word(k) == ",")
        {
            continue;
        }
        let Some(start) = (0..=s).find(|&k| under_or_is(parse, s, k)) else { continue };
        if start < 2 || parse.word(start - 1) != "," || !parse.tag(start - 2).starts_with("NN") {
            continue;
        }
        let Some(h) = parse.head(v).filter(|&h| parse.tag(h).starts_with("VB")) else { continue };
        let coordinators: Vec<usize> = between.into_iter().filter(|&k| parse.tag(k) == "CC").collect();
        attach(parse, s, Some(start - 2), appos);
        attach(parse, v, Some(h), conj);
        for k in coordinators {
            attach(parse, k, Some(v), cc);
        }
    }
}

/// "UAE: Talks with Washington, suspended in 2021, have not resumed", a
/// roundup's item under a name and a colon, read with the name as the
/// subject and the noun after the colon its apposition: the noun is the
/// subject, and the heading's name says whose it is (a modifier of it, as in
/// "UAE talks with Washington").
pub fn heading_label_on_noun(parse: &mut Parse) {
    let (Some(nsubj), Some(compound)) = (label(parse, "nsubj"), label(parse, "compound")) else { return };
    let Some(colon) = (1..parse.len().min(5)).find(|&c| parse.word(c) == ":") else { return };
    if !(0..colon).all(|t| parse.tag(t).starts_with("NNP")) {
        return;
    }
    let Some(name) = (0..colon).find(|&t| parse.head(t).is_none_or(|h| h >= colon)) else { return };
    let Some(verb) = parse.head(name).filter(|_| parse.dep(name) == "nsubj") else { return };
    let Some(noun) = (colon + 1..parse.len()).find(|&a| parse.head(a) == Some(name) && parse.dep(a) == "appos") else {
        return;
    };
    if !parse.tag(noun).starts_with("NN") {
        return;
    }
    attach(parse, noun, Some(verb), nsubj);
    attach(parse, name, Some(noun), compound);
    parse.tokens[colon].head = Some(noun);
}

/// "..., where Anwar Ibrahim, then ASEAN chair, hosted Thai and Cambodian
/// leaders", read with "hosted" a participle and "Thai" joined to it: a
/// participle with a subject of its own and no auxiliary is a past form, and
/// a noun right after it that the parse joined to it is its object.
pub fn past_read_as_participle(parse: &mut Parse) {
    let (Some(vbd), Some(dobj)) = (tag_id(parse, "VBD"), label(parse, "dobj")) else { return };
    for v in 1..parse.len() {
        if parse.tag(v) != "VBN"
            || !kids(parse, v).any(|k| k < v && parse.dep(k) == "nsubj")
            || kids(parse, v).any(|k| matches!(parse.dep(k), "aux" | "auxpass"))
        {
            continue;
        }
        parse.tokens[v].tag = vbd;
        object_read_as_conjunct(parse, v, dobj);
    }
}

/// A noun right after verb `v` that the parse joined to it (as if a second
/// verb) becomes its object, when it has none.
fn object_read_as_conjunct(parse: &mut Parse, v: usize, dobj: u16) {
    let next = v + 1;
    if next < parse.len()
        && parse.head(next) == Some(v)
        && parse.dep(next) == "conj"
        && (parse.tag(next).starts_with("NN") || parse.tag(next) == "JJ")
        && !kids(parse, v).any(|k| parse.dep(k) == "dobj")
    {
        parse.tokens[next].dep = dobj;
    }
}

/// "RTX builds the Tomahawk and supplies it to the Navy", read with "supplies"
/// as a plural joined to "Tomahawk": a plural in "-s" joined to a verb's
/// object and followed by an object pronoun ("it", "them") is a second verb
/// of the same subject, the pronoun its object; what the first verb took after
/// the pronoun is the second verb's.
pub fn verb_read_as_plural_before_pronoun(parse: &mut Parse) {
    let (Some(vbz), Some(conj), Some(dobj)) = (tag_id(parse, "VBZ"), label(parse, "conj"), label(parse, "dobj")) else {
        return;
    };
    for n in 1..parse.len().saturating_sub(1) {
        let pronoun =
            || ["it", "them"].iter().any(|w| parse.word(n + 1).eq_ignore_ascii_case(w)) && parse.tag(n + 1) == "PRP";
        if parse.tag(n) != "NNS" || parse.dep(n) != "conj" || !pronoun() {
            continue;
        }
        let Some(o) = parse.head(n).filter(|&o| parse.dep(o) == "dobj") else { continue };
        let Some(v) = parse.head(o).filter(|&v| parse.tag(v) == "VBZ") else { continue };
        parse.tokens[n].tag = vbz;
        parse.tokens[n].lemma = parse.analyzer.lemmatizer.lemma(parse.word(n), "VBZ");
        attach(parse, n, Some(v), conj);
        attach(parse, n + 1, Some(n), dobj);
        let coordinators: Vec<usize> =
            (o + 1..n).filter(|&k| parse.head(k) == Some(o) && parse.dep(k) == "cc").collect();
        for k in coordinators {
            parse.tokens[k].head = Some(v);
        }
        let later: Vec<usize> = (0..parse.len())
            .filter(|&k| k > n + 1 && matches!(parse.head(k), Some(h) if h == v || h == o) && parse.dep(k) == "prep")
            .collect();
        for k in later {
            parse.tokens[k].head = Some(n);
        }
    }
}

/// "SOCAR has in recent months become a supplier", read with "SOCAR" and "in
/// recent months" hung on "has": an auxiliary heads nothing, so a subject,
/// a prepositional phrase or an adverb on it is its verb's (when the verb has
/// no subject of its own). Also when "has" was read as the main verb with the
/// participle below it ("Qatar has since 2019 been a supplier"): a "have" with
/// no object and a participle after it under it, past a phrase only, is that
/// participle's auxiliary.
pub fn dependents_of_auxiliary(parse: &mut Parse) {
    let Some(aux) = label(parse, "aux") else { return };
    for h in 0..parse.len() {
        if parse.lemma(h) != "have" || !parse.tag(h).starts_with("VB") || parse.tokens[h].dep == aux {
            continue;
        }
        if kids(parse, h).any(|k| matches!(parse.dep(k), "dobj" | "ccomp" | "xcomp" | "attr")) {
            continue;
        }
        // The first verb after it, with nothing but a phrase between.
        let Some(v) = (h + 1..parse.len()).find(|&v| parse.tag(v).starts_with("VB")) else { continue };
        let between_ok =
            (h + 1..v).all(|x| !matches!(parse.dep(x), "punct" | "cc" | "mark") && !parse.tag(x).starts_with("W"));
        let below = std::iter::successors(parse.head(v), |&y| parse.head(y)).take(parse.len()).any(|y| y == h);
        let participle =
            parse.tag(v) == "VBN" || matches!(parse.word(v).to_lowercase().as_str(), "become" | "come" | "run");
        if !between_ok || !below || !participle || kids(parse, v).any(|k| parse.dep(k).starts_with("nsubj")) {
            continue;
        }
        let (head, dep) = (parse.head(h), parse.tokens[h].dep);
        attach(parse, v, head, dep);
        for k in kids(parse, h).filter(|&k| k != v).collect::<Vec<_>>() {
            parse.tokens[k].head = Some(v);
        }
        attach(parse, h, Some(v), aux);
    }
    for a in 1..parse.len() {
        let Some(v) = parse.head(a).filter(|&v| parse.tokens[a].dep == aux && parse.tag(v).starts_with("VB")) else {
            continue;
        };
        let moved: Vec<usize> = kids(parse, a)
            .filter(|&k| matches!(parse.dep(k), "nsubj" | "nsubjpass" | "prep" | "advmod" | "npadvmod"))
            .collect();
        let subject = |k: usize| parse.dep(k).starts_with("nsubj");
        if moved.iter().any(|&k| subject(k)) && !kids(parse, v).any(subject) {
            for k in moved {
                parse.tokens[k].head = Some(v);
            }
        }
    }
}

/// The id of tag `name` in the parse's model.
fn tag_id(parse: &Parse, name: &str) -> Option<u16> {
    parse.analyzer.tag_named(name)
}

/// The id of dependency label `name` in the parse's model.
fn label(parse: &Parse, name: &str) -> Option<u16> {
    parse.analyzer.label_named(name)
}

/// "there was no indication so far that Iranian troops were fighting", read
/// with the "that" clause on "was": in an existential clause a "that" clause
/// after the noun "there" is is that noun's complement (what the indication,
/// the evidence or the sign is of), and whatever the noun's determiner says
/// ("no") holds of it.
pub fn existential_noun_clause(parse: &mut Parse) {
    let Some(acl) = label(parse, "acl") else { return };
    for be in 0..parse.len() {
        if parse.lemma(be) != "be" || !kids(parse, be).any(|k| parse.dep(k) == "expl") {
            continue;
        }
        let Some(noun) = kids(parse, be).find(|&k| parse.dep(k) == "attr" && parse.tag(k).starts_with("NN")) else {
            continue;
        };
        let clauses: Vec<usize> = kids(parse, be)
            .filter(|&c| {
                c > noun
                    && parse.dep(c) == "ccomp"
                    && kids(parse, c).any(|m| parse.lemma(m) == "that" && parse.dep(m) == "mark")
            })
            .collect();
        for c in clauses {
            attach(parse, c, Some(noun), acl);
        }
    }
}

/// "Federal Minister of Defence Boris Pistorius welcomed his counterpart",
/// read with "Minister" as an adverbial noun of the verb and the name as its
/// "of" object: a title with an "of" phrase before a verb that has no
/// subject is the verb's subject.
pub fn title_read_as_adverbial(parse: &mut Parse) {
    let Some(nsubj) = label(parse, "nsubj") else { return };
    for x in 0..parse.len() {
        let Some(v) = parse.head(x) else { continue };
        if parse.dep(x) != "npadvmod"
            || !parse.tag(x).starts_with("NN")
            || x > v
            || !parse.tag(v).starts_with("VB")
            || has_subject(parse, v)
            || !kids(parse, x).any(|k| parse.dep(k) == "prep" && parse.lemma(k) == "of")
        {
            continue;
        }
        parse.tokens[x].dep = nsubj;
    }
}

/// "Poland has handed over its package to Ukraine, Polish Deputy Prime
/// Minister and National Defence Minister X said", read with the titles in
/// apposition to "Ukraine" and "said" with no subject: the phrase between the
/// comma and a verb of saying that has none is its subject.
pub fn speaker_read_as_apposition(parse: &mut Parse) {
    let Some(nsubj) = label(parse, "nsubj") else { return };
    for v in 2..parse.len() {
        if !parse.tag(v).starts_with("VB") || !REPORTING.contains(&parse.lemma(v)) || has_subject(parse, v) {
            continue;
        }
        let Some(comma) = (0..v).rev().find(|&c| parse.word(c) == ",") else { continue };
        let phrase = comma + 1..v;
        if phrase.is_empty() {
            continue;
        }
        // (Or a list of them read as the list that name ended: "Ukraine, Deputy Prime Minister and
        // Defence Minister X said", each title or name a conjunct of "Ukraine".)
        let tops: Vec<usize> = phrase.clone().filter(|&y| parse.head(y).is_none_or(|h| !phrase.contains(&h))).collect();
        let Some(&first) = tops.first() else { continue };
        let outside = parse.head(first).filter(|&h| h < comma);
        let joined = |y: usize| parse.head(y) == outside && matches!(parse.dep(y), "appos" | "conj" | "cc");
        if outside.is_none() || !tops.iter().all(|&y| joined(y)) || !matches!(parse.dep(first), "appos" | "conj") {
            continue;
        }
        if !parse.tag(first).starts_with("NN") {
            continue;
        }
        for &y in &tops[1..] {
            parse.tokens[y].head = Some(first);
        }
        parse.tokens[first].head = Some(v);
        parse.tokens[first].dep = nsubj;
    }
}

/// The ids a repaired clause's verb and subject take: tag VBD, labels root and nsubj.
fn clause_ids(parse: &Parse) -> Option<(u16, u16, u16)> {
    let vbd = tag_id(parse, "VBD")?;
    Some((vbd, label(parse, "root")?, label(parse, "nsubj")?))
}

/// Makes `verb` the root, a past-tense verb, with `subject` as its subject.
fn make_clause(parse: &mut Parse, (vbd, root, nsubj): (u16, u16, u16), verb: usize, subject: usize) {
    let v = &mut parse.tokens[verb];
    v.tag = vbd;
    v.head = None;
    v.dep = root;
    let s = &mut parse.tokens[subject];
    s.head = Some(verb);
    s.dep = nsubj;
}

/// Hangs on `verb` what followed the noun phrase `root` heads when it turns
/// out to be the verb's object: its prepositions ("to China", not "of") and
/// the stop.
fn move_clause_tail(parse: &mut Parse, root: usize, verb: usize) {
    let later: Vec<usize> = kids(parse, root)
        .filter(|&c| c > root && (parse.dep(c) == "prep" && parse.lemma(c) != "of" || parse.dep(c) == "punct"))
        .collect();
    for c in later {
        parse.tokens[c].head = Some(verb);
    }
}

/// Gives a word in "-s" tag `tag` (a plural noun or a present verb) and the
/// word without its "s" as lemma ("arms": "arm", "drones": "drone").
fn retag_in_s(parse: &mut Parse, t: usize, tag: u16) {
    let word = parse.word(t).to_lowercase();
    parse.tokens[t].lemma = word.strip_suffix('s').unwrap_or(&word).to_string();
    parse.tokens[t].tag = tag;
}

/// "Viet Nam protests the assault by Chinese forces on Vietnamese fishermen",
/// with "by" read on the verb: an active verb has no agent, so a "by" phrase
/// right after its object (a common noun with a determiner), naming a name or
/// a people ("by Chinese forces", "by the M23"), is the object's doer.
/// (Not a measure or means: "raised the tariff by 5 percent", "sent the letter by courier".)
pub fn doer_read_on_active_verb(parse: &mut Parse) {
    for by in 2..parse.len() {
        if parse.lemma(by) != "by" || parse.dep(by) != "prep" {
            continue;
        }
        let Some(v) = parse.head(by).filter(|&v| matches!(parse.tag(v), "VB" | "VBZ" | "VBD" | "VBP")) else {
            continue;
        };
        if kids(parse, v).any(|k| matches!(parse.dep(k), "auxpass" | "nsubjpass")) {
            continue;
        }
        let Some(object) = kids(parse, v).find(|&k| parse.dep(k) == "dobj" && k < by) else { continue };
        let determined = kids(parse, object).any(|k| parse.dep(k) == "det" || parse.dep(k) == "poss");
        let adjacent = (object + 1..by).all(|k| parse.head(k) == Some(object) && parse.dep(k) != "punct");
        // (A name or a capitalised adjective from "by" to the phrase's noun: "by Chinese law
        // enforcement forces".)
        let named = kids(parse, by).find(|&o| parse.dep(o) == "pobj").is_some_and(|o| {
            (by + 1..=o)
                .any(|m| matches!(parse.tag(m), "NNP" | "NNPS" | "JJ") && parse.word(m).starts_with(char::is_uppercase))
        });
        if matches!(parse.tag(object), "NN" | "NNS") && determined && adjacent && named {
            parse.tokens[by].head = Some(object);
        }
    }
}

/// "President X received on Friday the Rwandan Minister of Defence", with the
/// object after the time phrase hung on something else: a noun phrase opening
/// with a determiner right after a time phrase ("on Friday", "last week") that
/// follows a verb with no object of its own, its head hung on punctuation, on
/// the time word, as an apposition or as the verb's adverbial noun, is the
/// verb's object.
pub fn object_after_time_phrase(parse: &mut Parse) {
    let Some(dobj) = label(parse, "dobj") else { return };
    for v in 0..parse.len().saturating_sub(3) {
        if !matches!(parse.tag(v), "VBD" | "VBZ" | "VBP") || kids(parse, v).any(|k| parse.dep(k) == "dobj") {
            continue;
        }
        // The time phrase: "on Friday", "on 3 May", "last week", "yesterday".
        let mut k = v + 1;
        if parse.lemma(k) == "on" || parse.lemma(k) == "last" || parse.lemma(k) == "this" {
            k += 1;
        }
        let start = k;
        while k < parse.len() && (is_time_word(parse, k) || parse.tag(k) == "CD") {
            k += 1;
        }
        if k == start || k >= parse.len() || parse.tag(k) != "DT" {
            continue;
        }
        let Some(n) = (k + 1..parse.len().min(k + 6)).find(|&n| {
            parse.tag(n).starts_with("NN")
                && parse.head(n).is_some_and(|h| {
                    parse.tag(h) == "."
                        || parse.tag(h) == ","
                        || h < k && is_time_word(parse, h)
                        || parse.dep(n) == "appos"
                        || h == v && matches!(parse.dep(n), "npadvmod" | "dep")
                })
        }) else {
            continue;
        };
        if (k..n).all(|x| parse.head(x).is_some_and(|h| h > x && h <= n)) {
            attach(parse, n, Some(v), dobj);
        }
    }
}

/// Hangs token `t` on `head` with label `dep`.
fn attach(parse: &mut Parse, t: usize, head: Option<usize>, dep: u16) {
    parse.tokens[t].head = head;
    parse.tokens[t].dep = dep;
}

/// Whether verb `v` has a subject of its own (a noun, a clause or an expletive "there").
fn has_subject(parse: &Parse, v: usize) -> bool {
    kids(parse, v).any(|k| matches!(parse.dep(k), "nsubj" | "nsubjpass" | "csubj" | "expl"))
}

/// The dependents of token `x`, in order.
fn kids<'p>(p: &'p Parse, x: usize) -> impl Iterator<Item = usize> + 'p {
    (0..p.len()).filter(move |&c| p.head(c) == Some(x))
}

#[cfg(test)]
mod tests {
    use crate::syntax::repair::{all, has_cycle};
    use crate::syntax::Analyzer;

    #[test]
    fn repairs_never_leave_a_token_its_own_ancestor() {
        let analyzer = Analyzer::load_default().expect("built-in model");
        // (Three demonyms before a plural read as an apposition once made the first modifier and
        // the noun each other's heads, and extraction walked that loop forever.)
        for text in [
            "The Philippine, U.S. and Australian navies held joint drills.",
            "Japanese, U.S. and Australian warships held joint drills near Guam.",
            "He said that Airbus, whose latest results had been hurt by currency swings, would raise output.",
            "Lima has also fielded drones bought from Israel, whose sale of the aircraft to Peru has drawn criticism.",
        ] {
            let mut parse = analyzer.analyze(text);
            all(&mut parse);
            assert!(!has_cycle(&parse), "{text}");
        }
        // A loop made by hand is seen.
        let mut parse = analyzer.analyze("Kenya sent troops to Haiti.");
        parse.tokens[0].head = Some(1);
        parse.tokens[1].head = Some(0);
        assert!(has_cycle(&parse));
    }
}
