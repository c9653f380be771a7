//! Server URLs: `{variables}` replaced by their defaults, and the template a client can fill in.

use openapiv3::Server;

use crate::lower::naming::string_literal;
use crate::model::ServerTemplate;

/// The server's URL with every variable that has a default replaced by it, without a trailing
/// `/`. A variable the spec does not define stays as `{name}`.
pub fn default_url(server: &Server) -> String {
    let mut url = String::with_capacity(server.url.len());
    let mut rest = server.url.as_str();
    while let Some((before, after)) = rest.split_once('{') {
        url.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            rest = &rest[before.len()..];
            break;
        };
        match default_of(server, name) {
            Some(value) => url.push_str(value),
            None => {
                url.push('{');
                url.push_str(name);
                url.push('}');
            }
        }
        rest = tail;
    }
    url.push_str(rest);
    url.trim_end_matches('/').to_owned()
}

/// The template of a server URL that has variables, with their defaults; `None` without any.
pub fn template(server: &Server) -> Option<ServerTemplate> {
    if !server.url.contains('{') {
        return None;
    }
    let defaults = server
        .variables
        .iter()
        .flatten()
        .filter(|(name, _)| server.url.contains(&format!("{{{name}}}")))
        .map(|(name, variable)| (string_literal(name), string_literal(&variable.default)))
        .collect();
    Some(ServerTemplate { url: string_literal(server.url.trim_end_matches('/')), defaults })
}

fn default_of<'s>(server: &'s Server, name: &str) -> Option<&'s str> {
    server.variables.as_ref()?.get(name).map(|v| v.default.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(yaml: &str) -> Server {
        serde_yaml::from_str(yaml).unwrap()
    }

    #[test]
    fn variables_take_their_defaults_and_undefined_ones_stay() {
        let s = server("url: https://{region}.example.com/{version}/\nvariables:\n  region: {default: eu}\n  version: {default: v2}\n");
        assert_eq!(default_url(&s), "https://eu.example.com/v2");
        let t = template(&s).unwrap();
        assert_eq!(t.url, r#""https://{region}.example.com/{version}""#);
        assert_eq!(t.defaults.len(), 2);
        let undefined = server("url: https://{tenant}.example.com\n");
        assert_eq!(default_url(&undefined), "https://{tenant}.example.com");
        assert!(template(&undefined).unwrap().defaults.is_empty());
        assert!(template(&server("url: https://api.example.com\n")).is_none());
        assert_eq!(default_url(&server("url: https://a/{open\n")), "https://a/{open");
    }
}
