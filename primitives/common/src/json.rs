//! How our types cross JSON (chain specs, runtime-API answers, the RPC): every amount as a
//! decimal string, every text as a string.

/// Amounts as decimal strings (`#[serde(with = "allora_primitives::json::decimal")]`).
///
/// A balance in the smallest unit reaches 10^18 and beyond, past the 2^53 up to which a
/// JavaScript number is exact; every amount our chain specs, runtime APIs and RPC write is
/// therefore a string (`"75000"`). Reading accepts a string or a JSON integer, so a hand-written
/// genesis patch may use either.
pub mod decimal {
	use alloc::string::ToString;
	use core::{fmt, marker::PhantomData, str::FromStr};
	use serde::{de, Deserializer, Serializer};

	/// Writes `value` as its decimal string.
	pub fn serialize<T: fmt::Display, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
		s.serialize_str(&value.to_string())
	}

	/// Reads a decimal string or an integer.
	pub fn deserialize<'de, T, D>(d: D) -> Result<T, D::Error>
	where
		T: FromStr + TryFrom<u128>,
		D: Deserializer<'de>,
	{
		d.deserialize_any(DecimalVisitor(PhantomData))
	}

	struct DecimalVisitor<T>(PhantomData<T>);

	impl<T: FromStr + TryFrom<u128>> de::Visitor<'_> for DecimalVisitor<T> {
		type Value = T;

		fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
			f.write_str("an amount: a decimal string of digits, or a non-negative integer")
		}

		fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
			// `FromStr` of the integers accepts a leading `+`: we do not.
			if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
				return Err(E::invalid_value(de::Unexpected::Str(v), &self));
			}
			v.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
		}

		fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
			self.visit_u128(v.into())
		}

		fn visit_u128<E: de::Error>(self, v: u128) -> Result<T, E> {
			T::try_from(v).map_err(|_| E::custom("amount out of range"))
		}

		fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
			let v = u128::try_from(v)
				.map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))?;
			self.visit_u128(v)
		}
	}
}

/// Bounded byte strings as UTF-8 text (`#[serde(with = "allora_primitives::json::text")]`); bytes
/// that are not UTF-8 are written with U+FFFD in their place.
pub mod text {
	use alloc::{string::String, vec::Vec};
	use core::fmt;
	use polkadot_sdk::frame_support::{traits::Get, BoundedVec};
	use serde::{de, Deserialize, Deserializer, Serializer};

	/// Writes `bytes` as a string.
	pub fn serialize<S: Serializer, N>(bytes: &BoundedVec<u8, N>, s: S) -> Result<S::Ok, S::Error> {
		s.serialize_str(&String::from_utf8_lossy(bytes))
	}

	/// Reads a string of at most `N` bytes.
	pub fn deserialize<'de, D: Deserializer<'de>, N: Get<u32>>(
		d: D,
	) -> Result<BoundedVec<u8, N>, D::Error> {
		let text = String::deserialize(d)?;
		let len = text.len();
		BoundedVec::try_from(Vec::from(text))
			.map_err(|_| de::Error::invalid_length(len, &TooLong(N::get())))
	}

	struct TooLong(u32);

	impl de::Expected for TooLong {
		fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
			write!(f, "at most {} bytes", self.0)
		}
	}
}

#[cfg(test)]
mod tests {
	#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
	struct Amount(#[serde(with = "super::decimal")] u128);

	#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
	struct Text(#[serde(with = "super::text")] crate::BoundedString);

	#[test]
	fn texts_are_strings_within_their_bound() {
		let text = Text(b"ETH/USD 5 min".to_vec().try_into().unwrap());
		assert_eq!(serde_json::to_string(&text).unwrap(), "\"ETH/USD 5 min\"");
		assert_eq!(serde_json::from_str::<Text>("\"ETH/USD 5 min\"").unwrap(), text);
		let too_long = format!("\"{}\"", "x".repeat(crate::MAX_STRING_LENGTH as usize + 1));
		assert!(serde_json::from_str::<Text>(&too_long).is_err());
	}

	#[test]
	fn amounts_are_written_as_strings_and_read_from_either() {
		let big = Amount(1_000_000_000_000_000_000_000);
		assert_eq!(serde_json::to_string(&big).unwrap(), "\"1000000000000000000000\"");
		assert_eq!(serde_json::from_str::<Amount>("\"1000000000000000000000\"").unwrap(), big);
		assert_eq!(serde_json::from_str::<Amount>("75000").unwrap(), Amount(75_000));
		for bad in [
			"\"-1\"",
			"\"+1\"",
			"\"1.5\"",
			"\"\"",
			"-1",
			"\"340282366920938463463374607431768211456\"",
		] {
			assert!(serde_json::from_str::<Amount>(bad).is_err(), "{bad}");
		}
	}
}
