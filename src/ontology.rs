//! The contract shared by every stage: actor kinds and the 13 relation types
//! (see `ontology.md` in the shared folder).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What an actor is. `Discovered` marks a name that was not in the lexicon but
/// took part in a relation pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A sovereign or de-facto state.
    State,
    /// A military or regime that acts apart from its state (the Myanmar junta).
    Military,
    /// A non-state armed group.
    ArmedGroup,
    /// A political movement, party or government in exile.
    Political,
    /// An intergovernmental organisation or one of its organs.
    Igo,
    /// A non-governmental organisation.
    Ngo,
    /// A company.
    Company,
    /// A person; acts for an organisation through dated roles.
    Person,
    /// A capitalised name found in a relation pattern but absent from the lexicon.
    Discovered,
}

impl ActorKind {
    /// Every kind, in a stable order.
    pub const ALL: [ActorKind; 9] = [
        ActorKind::State,
        ActorKind::Military,
        ActorKind::ArmedGroup,
        ActorKind::Political,
        ActorKind::Igo,
        ActorKind::Ngo,
        ActorKind::Company,
        ActorKind::Person,
        ActorKind::Discovered,
    ];

    /// The id used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Military => "military",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::Political => "political",
            ActorKind::Igo => "igo",
            ActorKind::Ngo => "ngo",
            ActorKind::Company => "company",
            ActorKind::Person => "person",
            ActorKind::Discovered => "discovered",
        }
    }

    /// The colour that stands for the kind wherever an actor is drawn as a
    /// coloured dot: the interactive page's nodes and legend, and the
    /// `viz:color` of GEXF nodes (Gephi).
    pub fn color(self) -> &'static str {
        match self {
            ActorKind::State => "#1f77b4",
            ActorKind::Military => "#d62728",
            ActorKind::ArmedGroup => "#ff7f0e",
            ActorKind::Political => "#9467bd",
            ActorKind::Igo => "#2ca02c",
            ActorKind::Ngo => "#bcbd22",
            ActorKind::Company => "#7f7f7f",
            ActorKind::Person => "#e377c2",
            ActorKind::Discovered => "#8c564b",
        }
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ActorKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ActorKind::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| {
            format!("unknown actor kind `{s}` (expected one of: {})", join(ActorKind::ALL.iter().map(|k| k.as_str())))
        })
    }
}

/// One of the 13 relation types of the ontology.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationType {
    /// supplier → recipient of weapons, munitions, equipment, aircraft.
    ArmsSupply,
    /// Symmetric: military or defence cooperation, exercises, training.
    MilitaryCooperation,
    /// Symmetric: a signed defence treaty or pact.
    DefenseTreaty,
    /// Symmetric: allies, alliance, strategic partners.
    Alliance,
    /// supporter → supported.
    PoliticalSupport,
    /// sender → side supported.
    TroopDeployment,
    /// Symmetric: fighting, clashes, offensives, attacks, war.
    ArmedConflict,
    /// imposer → target.
    Sanctions,
    /// critic → criticised.
    Condemnation,
    /// Symmetric: nuclear energy cooperation.
    NuclearCooperation,
    /// supplier → recipient of oil, gas, fuel, electricity.
    EnergySupply,
    /// Symmetric: trade ties.
    Trade,
    /// Symmetric: an official visit, meeting or talks.
    DiplomaticMeeting,
}

impl RelationType {
    /// Every type, in the ontology's order.
    pub const ALL: [RelationType; 13] = [
        RelationType::ArmsSupply,
        RelationType::MilitaryCooperation,
        RelationType::DefenseTreaty,
        RelationType::Alliance,
        RelationType::PoliticalSupport,
        RelationType::TroopDeployment,
        RelationType::ArmedConflict,
        RelationType::Sanctions,
        RelationType::Condemnation,
        RelationType::NuclearCooperation,
        RelationType::EnergySupply,
        RelationType::Trade,
        RelationType::DiplomaticMeeting,
    ];

    /// The ontology id (`arms_supply`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::ArmsSupply => "arms_supply",
            RelationType::MilitaryCooperation => "military_cooperation",
            RelationType::DefenseTreaty => "defense_treaty",
            RelationType::Alliance => "alliance",
            RelationType::PoliticalSupport => "political_support",
            RelationType::TroopDeployment => "troop_deployment",
            RelationType::ArmedConflict => "armed_conflict",
            RelationType::Sanctions => "sanctions",
            RelationType::Condemnation => "condemnation",
            RelationType::NuclearCooperation => "nuclear_cooperation",
            RelationType::EnergySupply => "energy_supply",
            RelationType::Trade => "trade",
            RelationType::DiplomaticMeeting => "diplomatic_meeting",
        }
    }

    /// Whether the relation has a direction (source acts on target).
    pub fn directed(self) -> bool {
        matches!(
            self,
            RelationType::ArmsSupply
                | RelationType::PoliticalSupport
                | RelationType::TroopDeployment
                | RelationType::Sanctions
                | RelationType::Condemnation
                | RelationType::EnergySupply
        )
    }

    /// The closest CAMEO event code (a root or a specific code).
    pub fn cameo(self) -> &'static str {
        match self {
            RelationType::ArmsSupply => "072",
            RelationType::MilitaryCooperation => "062",
            RelationType::DefenseTreaty => "057",
            RelationType::Alliance => "050",
            RelationType::PoliticalSupport => "051",
            RelationType::TroopDeployment => "074",
            RelationType::ArmedConflict => "190",
            RelationType::Sanctions => "163",
            RelationType::Condemnation => "112",
            RelationType::NuclearCooperation => "061",
            RelationType::EnergySupply => "061",
            RelationType::Trade => "061",
            RelationType::DiplomaticMeeting => "040",
        }
    }

    /// The closest PLOVER event type.
    pub fn plover(self) -> &'static str {
        match self {
            RelationType::ArmsSupply | RelationType::TroopDeployment => "AID",
            RelationType::MilitaryCooperation
            | RelationType::Alliance
            | RelationType::NuclearCooperation
            | RelationType::EnergySupply
            | RelationType::Trade => "COOPERATE",
            RelationType::DefenseTreaty => "AGREE",
            RelationType::PoliticalSupport => "SUPPORT",
            RelationType::ArmedConflict => "FIGHT",
            RelationType::Sanctions => "SANCTION",
            RelationType::Condemnation => "ACCUSE",
            RelationType::DiplomaticMeeting => "CONSULT",
        }
    }

    /// A colour for diagrams, distinct per type.
    pub fn color(self) -> &'static str {
        match self {
            RelationType::ArmsSupply => "#d62728",
            RelationType::MilitaryCooperation => "#ff7f0e",
            RelationType::DefenseTreaty => "#8c564b",
            RelationType::Alliance => "#2ca02c",
            RelationType::PoliticalSupport => "#17becf",
            RelationType::TroopDeployment => "#9467bd",
            RelationType::ArmedConflict => "#000000",
            RelationType::Sanctions => "#e377c2",
            RelationType::Condemnation => "#7f7f7f",
            RelationType::NuclearCooperation => "#bcbd22",
            RelationType::EnergySupply => "#1f77b4",
            RelationType::Trade => "#aec7e8",
            RelationType::DiplomaticMeeting => "#98df8a",
        }
    }
}

impl fmt::Display for RelationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RelationType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RelationType::ALL.into_iter().find(|t| t.as_str() == s).ok_or_else(|| {
            format!(
                "unknown relation type `{s}` (expected one of: {})",
                join(RelationType::ALL.iter().map(|t| t.as_str()))
            )
        })
    }
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_the_ontology() {
        for t in RelationType::ALL {
            assert_eq!(t.as_str().parse::<RelationType>().unwrap(), t);
            assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{}\"", t.as_str()));
        }
        let directed: Vec<_> = RelationType::ALL.iter().filter(|t| t.directed()).map(|t| t.as_str()).collect();
        assert_eq!(
            directed,
            ["arms_supply", "political_support", "troop_deployment", "sanctions", "condemnation", "energy_supply"]
        );
        assert!("arms".parse::<RelationType>().unwrap_err().contains("arms_supply"));
    }

    #[test]
    fn kinds_round_trip() {
        for k in ActorKind::ALL {
            assert_eq!(k.as_str().parse::<ActorKind>().unwrap(), k);
        }
    }
}
