//! `#[cfg(...)]` predicates over Cargo features, read from the surface, so a change of the
//! features an item needs can be judged by what it does to users: available under more feature
//! sets than before (widened), or missing under some feature set where it used to be
//! (narrowed).

use std::collections::BTreeSet;

/// A parsed predicate: `feature = "x"`, `any(..)`, `all(..)`, `not(..)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cfg {
    /// `feature = "name"`.
    Feature(String),
    /// `any(a, b, ..)`: true when one is.
    Any(Vec<Cfg>),
    /// `all(a, b, ..)`: true when every one is.
    All(Vec<Cfg>),
    /// `not(a)`.
    Not(Box<Cfg>),
}

/// A set of enabled features.
pub type Features = BTreeSet<String>;

impl Cfg {
    /// Parses the text inside `#[cfg(...)]`; `None` for anything but the four forms.
    pub fn parse(text: &str) -> Option<Cfg> {
        let mut parser = Parser { rest: text.trim() };
        let cfg = parser.predicate()?;
        parser.rest.trim().is_empty().then_some(cfg)
    }

    /// Whether the predicate holds with `features` on.
    pub fn holds(&self, features: &Features) -> bool {
        match self {
            Cfg::Feature(name) => features.contains(name),
            Cfg::Any(all) => all.iter().any(|c| c.holds(features)),
            Cfg::All(all) => all.iter().all(|c| c.holds(features)),
            Cfg::Not(inner) => !inner.holds(features),
        }
    }

    /// Every feature the predicate names.
    pub fn features(&self, out: &mut Features) {
        match self {
            Cfg::Feature(name) => {
                out.insert(name.clone());
            }
            Cfg::Any(all) | Cfg::All(all) => all.iter().for_each(|c| c.features(out)),
            Cfg::Not(inner) => inner.features(out),
        }
    }
}

/// A gate: the predicate of an item, `None` when the item always exists.
#[derive(Debug, Clone)]
pub struct Gate(Option<Cfg>);

impl Gate {
    /// Reads an item's `cfg` from the surface; an unreadable one is `None` (always).
    pub fn of(cfg: Option<&str>) -> Gate {
        Gate(cfg.and_then(Cfg::parse))
    }

    /// Whether the item exists with `features` on.
    pub fn holds(&self, features: &Features) -> bool {
        self.0.as_ref().is_none_or(|c| c.holds(features))
    }

    fn features(&self, out: &mut Features) {
        if let Some(c) = &self.0 {
            c.features(out);
        }
    }
}

/// Feature sets worth trying for predicates that name `names`: none, each one alone, each pair,
/// all but one, and all. Exact for the predicates the generator writes (`any` of features, its
/// negation, and `all` of such), whose witnesses are small or nearly full sets.
pub fn candidates(names: &Features) -> Vec<Features> {
    let names: Vec<&String> = names.iter().collect();
    let mut out: Vec<Features> = vec![Features::new(), names.iter().map(|n| (*n).clone()).collect()];
    for (i, a) in names.iter().enumerate() {
        out.push([(*a).clone()].into());
        out.push(names.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, n)| (*n).clone()).collect());
        if names.len() <= 48 {
            for b in &names[i + 1..] {
                out.push([(*a).clone(), (*b).clone()].into());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A feature set under which every gate of `has` holds and some gate of `lacks` does not:
/// where code using the item compiled before and does not now. `None` when there is none.
pub fn witness(has: &[&Gate], lacks: &[&Gate]) -> Option<Features> {
    let mut names = Features::new();
    has.iter().chain(lacks).for_each(|g| g.features(&mut names));
    candidates(&names)
        .into_iter()
        .find(|s| has.iter().all(|g| g.holds(s)) && !lacks.iter().all(|g| g.holds(s)))
}

/// How an item's gate changed, from `old` to `new` (`None`: always compiled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GateChange {
    /// The same feature sets.
    Same,
    /// Compiled under every feature set it was before, and more; the set is the smallest one
    /// tried under which it was compiled before.
    Widened(Features),
    /// Missing under this feature set, where it used to be compiled.
    Narrowed(Features),
}

/// Compares two gates by the feature sets they allow.
pub fn compare(old: Option<&str>, new: Option<&str>) -> GateChange {
    let (a, b) = (Gate::of(old), Gate::of(new));
    if let Some(set) = witness(&[&a], &[&b]) {
        return GateChange::Narrowed(set);
    }
    match witness(&[&b], &[&a]) {
        Some(_) => {
            let mut names = Features::new();
            a.features(&mut names);
            b.features(&mut names);
            let mut sets: Vec<Features> = candidates(&names).into_iter().filter(|s| a.holds(s)).collect();
            sets.sort_by_key(|s| s.len());
            GateChange::Widened(sets.into_iter().next().unwrap_or_default())
        }
        None => GateChange::Same,
    }
}

/// Features as a reader sees them: `{a, b}`, or `no features`.
pub fn show(features: &Features) -> String {
    if features.is_empty() {
        return "no features".to_owned();
    }
    format!("{{{}}}", features.iter().map(String::as_str).collect::<Vec<_>>().join(", "))
}

struct Parser<'a> {
    rest: &'a str,
}

impl Parser<'_> {
    fn eat(&mut self, token: &str) -> bool {
        let trimmed = self.rest.trim_start();
        match trimmed.strip_prefix(token) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn ident(&mut self) -> Option<&str> {
        let trimmed = self.rest.trim_start();
        let end = trimmed.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(trimmed.len());
        let (ident, rest) = trimmed.split_at(end);
        self.rest = rest;
        (!ident.is_empty()).then_some(ident)
    }

    fn predicate(&mut self) -> Option<Cfg> {
        match self.ident()? {
            "feature" => {
                if !self.eat("=") || !self.eat("\"") {
                    return None;
                }
                let end = self.rest.find('"')?;
                let name = self.rest[..end].to_owned();
                self.rest = &self.rest[end + 1..];
                Some(Cfg::Feature(name))
            }
            word @ ("any" | "all" | "not") => {
                let word = word.to_owned();
                if !self.eat("(") {
                    return None;
                }
                let mut items = Vec::new();
                while !self.eat(")") {
                    items.push(self.predicate()?);
                    if !self.eat(",") && !self.rest.trim_start().starts_with(')') {
                        return None;
                    }
                }
                match word.as_str() {
                    "any" => Some(Cfg::Any(items)),
                    "all" => Some(Cfg::All(items)),
                    _ => match <[Cfg; 1]>::try_from(items) {
                        Ok([one]) => Some(Cfg::Not(Box::new(one))),
                        Err(_) => None,
                    },
                }
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_evaluates_the_generated_forms() {
        let cfg = Cfg::parse(r#"all(any(feature = "a", feature = "b"), not(feature = "c"))"#).unwrap();
        let on = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Features>();
        assert!(cfg.holds(&on(&["a"])));
        assert!(!cfg.holds(&on(&["a", "c"])));
        assert!(!cfg.holds(&on(&[])));
        assert_eq!(Cfg::parse("feature = \"a\" junk"), None);
        assert_eq!(Cfg::parse("target_os = \"linux\""), None);
    }

    #[test]
    fn widened_and_narrowed_gates() {
        let any_ab = r#"any(feature = "a", feature = "b")"#;
        let any_abc = r#"any(feature = "a", feature = "b", feature = "c")"#;
        assert_eq!(compare(Some(any_ab), Some(any_abc)), GateChange::Widened(["a".to_owned()].into()));
        assert_eq!(compare(Some(any_ab), None), GateChange::Widened(["a".to_owned()].into()));
        assert_eq!(compare(Some(any_abc), Some(any_ab)), GateChange::Narrowed(["c".to_owned()].into()));
        assert_eq!(compare(None, Some(any_ab)), GateChange::Narrowed(Features::new()));
        assert_eq!(compare(Some(any_ab), Some(r#"any(feature = "b", feature = "a")"#)), GateChange::Same);
        assert!(matches!(compare(Some(r#"feature = "a""#), Some(r#"feature = "b""#)), GateChange::Narrowed(_)));
    }
}
