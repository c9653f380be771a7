//! Lenient decoding of integers: a deserializer wrapper that lets a response decode when a
//! server writes an integer as `1e3` or `1000.0`, or sends one beyond the field's range.
//!
//! Wherever a type asks for an integer, a number with no fractional part is accepted, and a
//! value outside the type's range decodes as the nearest value it can hold (`i64::MAX` for
//! `18446744073709551615` in an `i64`), so one odd field cannot fail the whole response.
//! Everything else (a fraction, a string) is still an error, as serde_json reports it.
//!
//! Untagged enums are the exception: serde buffers their content and decodes each variant from
//! the buffer with its own deserializer, which this wrapper cannot reach.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

/// Decodes `T` from JSON text, with integers read leniently.
pub(super) fn from_slice<T: de::DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    let mut json = serde_json::Deserializer::from_slice(body);
    let value = T::deserialize(Lenient(&mut json))?;
    json.end()?;
    Ok(value)
}

/// A deserializer whose integer requests accept any integral number, clamped to the range.
struct Lenient<D>(D);

/// A visitor (or seed) passing the values it is given through [`Lenient`].
struct Wrap<V>(V);

/// The integer type a visitor asked for: its bounds.
#[derive(Clone, Copy)]
struct Range {
    min: i128,
    max: i128,
}

/// A visitor for an integer request: hands the visitor an in-range integer.
struct Integer<V> {
    visitor: V,
    range: Range,
}

impl<V> Integer<V> {
    fn clamp<'de, E: de::Error>(self, n: i128) -> Result<V::Value, E>
    where
        V: Visitor<'de>,
    {
        let n = n.clamp(self.range.min, self.range.max);
        match i64::try_from(n) {
            Ok(n) => self.visitor.visit_i64(n),
            Err(_) => self.visitor.visit_u64(n as u64),
        }
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Integer<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<V::Value, E> {
        self.clamp(i128::from(n))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<V::Value, E> {
        self.clamp(i128::from(n))
    }
    fn visit_f64<E: de::Error>(self, n: f64) -> Result<V::Value, E> {
        if n.is_finite() && n.fract() == 0.0 {
            // `as` saturates at the bounds of i128, far beyond any integer type's range.
            self.clamp(n as i128)
        } else {
            self.visitor.visit_f64(n)
        }
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.visitor.visit_bool(v)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.visitor.visit_str(v)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.visitor.visit_borrowed_str(v)
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.visitor.visit_string(v)
    }
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        Wrap(self.visitor).visit_seq(seq)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        Wrap(self.visitor).visit_map(map)
    }
}

macro_rules! integer_requests {
    ($($method:ident: $ty:ty),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            let range = Range { min: i128::from(<$ty>::MIN), max: i128::from(<$ty>::MAX) };
            self.0.deserialize_any(Integer { visitor, range })
        }
    )*};
}

macro_rules! plain_requests {
    ($($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(Wrap(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Lenient<D> {
    type Error = D::Error;

    integer_requests!(
        deserialize_i8: i8, deserialize_i16: i16, deserialize_i32: i32, deserialize_i64: i64,
        deserialize_i128: i128, deserialize_u8: u8, deserialize_u16: u16, deserialize_u32: u32,
        deserialize_u64: u64,
    );
    plain_requests!(
        deserialize_any, deserialize_bool, deserialize_f32, deserialize_f64, deserialize_char,
        deserialize_str, deserialize_string, deserialize_bytes, deserialize_byte_buf,
        deserialize_option, deserialize_unit, deserialize_seq, deserialize_map,
        deserialize_identifier, deserialize_ignored_any, deserialize_u128,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, Wrap(visitor))
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Wrap(visitor))
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Wrap(visitor))
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrap(visitor))
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, Wrap(visitor))
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, Wrap(visitor))
    }
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Wrap<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Lenient(deserializer))
    }
}

macro_rules! forward_values {
    ($($method:ident: $ty:ty),* $(,)?) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.0.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }
    forward_values!(
        visit_bool: bool, visit_i8: i8, visit_i16: i16, visit_i32: i32, visit_i64: i64,
        visit_i128: i128, visit_u8: u8, visit_u16: u16, visit_u32: u32, visit_u64: u64,
        visit_u128: u128, visit_f32: f32, visit_f64: f64, visit_char: char, visit_str: &str,
        visit_borrowed_str: &'de str, visit_string: String, visit_bytes: &[u8],
        visit_borrowed_bytes: &'de [u8], visit_byte_buf: Vec<u8>,
    );
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Lenient(deserializer))
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Lenient(deserializer))
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Wrap(seq))
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Wrap(map))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Wrap(data))
    }
}

impl<'de, A: de::SeqAccess<'de>> de::SeqAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Wrap(seed))
    }
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: de::MapAccess<'de>> de::MapAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Wrap(seed))
    }
    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Wrap(seed))
    }
    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: de::EnumAccess<'de>> de::EnumAccess<'de> for Wrap<A> {
    type Error = A::Error;
    type Variant = Wrap<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<(T::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(Wrap(seed))?;
        Ok((value, Wrap(variant)))
    }
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Wrap(seed))
    }
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Wrap(visitor))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, Wrap(visitor))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Charge {
        amount: i64,
        fee: Option<i32>,
        #[serde(default)]
        refunds: Vec<u64>,
        #[serde(default)]
        counts: BTreeMap<String, i64>,
        rate: f64,
    }

    fn charge(json: &str) -> Result<Charge, serde_json::Error> {
        from_slice(json.as_bytes())
    }

    #[test]
    fn integers_written_as_floats_decode_exactly() {
        let decoded = charge(r#"{"amount": 1e3, "fee": 25.0, "refunds": [2E2, 3], "rate": 1e3}"#).unwrap();
        assert_eq!((decoded.amount, decoded.fee, decoded.refunds), (1000, Some(25), vec![200, 3]));
        assert_eq!(decoded.rate, 1000.0);
    }

    #[test]
    fn integers_beyond_the_range_are_clamped_not_fatal() {
        let decoded = charge(
            r#"{"amount": 18446744073709551615, "fee": -99999999999, "refunds": [-1, 1e400], "counts": {"n": 9.3e18}, "rate": 0.5}"#,
        );
        // 1e400 is no finite number: serde_json rejects it before any visitor sees it.
        assert!(decoded.is_err());
        let decoded = charge(
            r#"{"amount": 18446744073709551615, "fee": -99999999999, "refunds": [-1, 1e30], "counts": {"n": 9.3e18}, "rate": 0.5}"#,
        )
        .unwrap();
        assert_eq!(decoded.amount, i64::MAX);
        assert_eq!(decoded.fee, Some(i32::MIN));
        assert_eq!(decoded.refunds, vec![0, u64::MAX]);
        assert_eq!(decoded.counts["n"], i64::MAX);
    }

    #[test]
    fn other_wrong_types_are_still_errors() {
        let err = charge(r#"{"amount": 1.5, "rate": 1}"#).unwrap_err();
        assert!(err.to_string().contains("invalid type: floating point `1.5`, expected i64"), "{err}");
        let err = charge(r#"{"amount": "7", "rate": 1}"#).unwrap_err();
        assert!(err.to_string().contains("invalid type: string \"7\", expected i64"), "{err}");
        assert!(charge(r#"{"amount": 7, "rate": 1} trailing"#).is_err());
        assert_eq!(charge(r#"{"amount": 7, "rate": 1}"#).unwrap().amount, 7);
    }
}
