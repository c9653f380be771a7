//! One error enum per operation, with a variant for each documented error response.
#[allow(unused_imports)]
use crate::models;
use crate::runtime;
#[cfg(feature = "three_d_secure")]
/// Documented error responses of [`_3d_secure().create`](crate::resources::V3dSecure::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Post3dSecureError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "three_d_secure")]
impl runtime::ApiError for Post3dSecureError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "three_d_secure")]
impl std::fmt::Display for Post3dSecureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "three_d_secure")]
impl std::error::Error for Post3dSecureError {}
#[cfg(feature = "three_d_secure")]
/// Documented error responses of [`_3d_secure().retrieve`](crate::resources::V3dSecure::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Get3dSecureThreeDSecureError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "three_d_secure")]
impl runtime::ApiError for Get3dSecureThreeDSecureError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "three_d_secure")]
impl std::fmt::Display for Get3dSecureThreeDSecureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "three_d_secure")]
impl std::error::Error for Get3dSecureThreeDSecureError {}
#[cfg(feature = "account")]
/// Documented error responses of [`account().retrieve`](crate::resources::Account::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for GetAccountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for GetAccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for GetAccountError {}
#[cfg(feature = "account")]
/// Documented error responses of [`account().update`](crate::resources::Account::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for PostAccountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for PostAccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for PostAccountError {}
#[cfg(feature = "account")]
/// Documented error responses of [`account().delete`](crate::resources::Account::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for DeleteAccountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for DeleteAccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for DeleteAccountError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().bank_accounts().create`](crate::resources::AccountBankAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountBankAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for PostAccountBankAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for PostAccountBankAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for PostAccountBankAccountsError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().bank_accounts().retrieve`](crate::resources::AccountBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for GetAccountBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for GetAccountBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for GetAccountBankAccountsIdError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().bank_accounts().update`](crate::resources::AccountBankAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for PostAccountBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for PostAccountBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for PostAccountBankAccountsIdError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().bank_accounts().delete`](crate::resources::AccountBankAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for DeleteAccountBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for DeleteAccountBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for DeleteAccountBankAccountsIdError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`account().capabilities().list`](crate::resources::AccountCapabilities::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountCapabilitiesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for GetAccountCapabilitiesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "capability")]
impl std::fmt::Display for GetAccountCapabilitiesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for GetAccountCapabilitiesError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`account().capabilities().retrieve`](crate::resources::AccountCapabilities::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountCapabilitiesCapabilityError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for GetAccountCapabilitiesCapabilityError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "capability")]
impl std::fmt::Display for GetAccountCapabilitiesCapabilityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for GetAccountCapabilitiesCapabilityError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`account().capabilities().update`](crate::resources::AccountCapabilities::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountCapabilitiesCapabilityError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for PostAccountCapabilitiesCapabilityError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "capability")]
impl std::fmt::Display for PostAccountCapabilitiesCapabilityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for PostAccountCapabilitiesCapabilityError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`account().external_accounts().list`](crate::resources::AccountExternalAccounts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountExternalAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for GetAccountExternalAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::fmt::Display for GetAccountExternalAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for GetAccountExternalAccountsError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().external_accounts().create`](crate::resources::AccountExternalAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountExternalAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for PostAccountExternalAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for PostAccountExternalAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for PostAccountExternalAccountsError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().external_accounts().retrieve`](crate::resources::AccountExternalAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountExternalAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for GetAccountExternalAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for GetAccountExternalAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for GetAccountExternalAccountsIdError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().external_accounts().update`](crate::resources::AccountExternalAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountExternalAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for PostAccountExternalAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for PostAccountExternalAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for PostAccountExternalAccountsIdError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().external_accounts().delete`](crate::resources::AccountExternalAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountExternalAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for DeleteAccountExternalAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for DeleteAccountExternalAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for DeleteAccountExternalAccountsIdError {}
#[cfg(feature = "login_link")]
/// Documented error responses of [`account().login_links`](crate::resources::Account::login_links).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountLoginLinksError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "login_link")]
impl runtime::ApiError for PostAccountLoginLinksError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "login_link")]
impl std::fmt::Display for PostAccountLoginLinksError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "login_link")]
impl std::error::Error for PostAccountLoginLinksError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().list`](crate::resources::AccountPeople::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountPeopleError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for GetAccountPeopleError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for GetAccountPeopleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for GetAccountPeopleError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().create`](crate::resources::AccountPeople::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountPeopleError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for PostAccountPeopleError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for PostAccountPeopleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for PostAccountPeopleError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().retrieve`](crate::resources::AccountPeople::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountPeoplePersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for GetAccountPeoplePersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for GetAccountPeoplePersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for GetAccountPeoplePersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().update`](crate::resources::AccountPeople::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountPeoplePersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for PostAccountPeoplePersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for PostAccountPeoplePersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for PostAccountPeoplePersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().delete`](crate::resources::AccountPeople::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountPeoplePersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for DeleteAccountPeoplePersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for DeleteAccountPeoplePersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for DeleteAccountPeoplePersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().list`](crate::resources::AccountPersons::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountPersonsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for GetAccountPersonsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for GetAccountPersonsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for GetAccountPersonsError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().create`](crate::resources::AccountPersons::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountPersonsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for PostAccountPersonsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for PostAccountPersonsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for PostAccountPersonsError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().retrieve`](crate::resources::AccountPersons::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountPersonsPersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for GetAccountPersonsPersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for GetAccountPersonsPersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for GetAccountPersonsPersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().update`](crate::resources::AccountPersons::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountPersonsPersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for PostAccountPersonsPersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for PostAccountPersonsPersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for PostAccountPersonsPersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().delete`](crate::resources::AccountPersons::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountPersonsPersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for DeleteAccountPersonsPersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for DeleteAccountPersonsPersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for DeleteAccountPersonsPersonError {}
#[cfg(feature = "account_link")]
/// Documented error responses of [`account_links().create`](crate::resources::AccountLinks::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountLinksError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account_link")]
impl runtime::ApiError for PostAccountLinksError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account_link")]
impl std::fmt::Display for PostAccountLinksError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account_link")]
impl std::error::Error for PostAccountLinksError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().list`](crate::resources::Accounts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for GetAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for GetAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for GetAccountsError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().create`](crate::resources::Accounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for PostAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for PostAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for PostAccountsError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().retrieve`](crate::resources::Accounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for GetAccountsAccountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for GetAccountsAccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for GetAccountsAccountError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().update`](crate::resources::Accounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for PostAccountsAccountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for PostAccountsAccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for PostAccountsAccountError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().delete`](crate::resources::Accounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountsAccountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for DeleteAccountsAccountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for DeleteAccountsAccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for DeleteAccountsAccountError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().bank_accounts().create`](crate::resources::AccountsBankAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountBankAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for PostAccountsAccountBankAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for PostAccountsAccountBankAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for PostAccountsAccountBankAccountsError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().bank_accounts().retrieve`](crate::resources::AccountsBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for GetAccountsAccountBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for GetAccountsAccountBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for GetAccountsAccountBankAccountsIdError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().bank_accounts().update`](crate::resources::AccountsBankAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for PostAccountsAccountBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for PostAccountsAccountBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for PostAccountsAccountBankAccountsIdError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().bank_accounts().delete`](crate::resources::AccountsBankAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountsAccountBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for DeleteAccountsAccountBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for DeleteAccountsAccountBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for DeleteAccountsAccountBankAccountsIdError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`accounts().capabilities().list`](crate::resources::AccountsCapabilities::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountCapabilitiesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for GetAccountsAccountCapabilitiesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "capability")]
impl std::fmt::Display for GetAccountsAccountCapabilitiesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for GetAccountsAccountCapabilitiesError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`accounts().capabilities().retrieve`](crate::resources::AccountsCapabilities::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountCapabilitiesCapabilityError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for GetAccountsAccountCapabilitiesCapabilityError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "capability")]
impl std::fmt::Display for GetAccountsAccountCapabilitiesCapabilityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for GetAccountsAccountCapabilitiesCapabilityError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`accounts().capabilities().update`](crate::resources::AccountsCapabilities::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountCapabilitiesCapabilityError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for PostAccountsAccountCapabilitiesCapabilityError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "capability")]
impl std::fmt::Display for PostAccountsAccountCapabilitiesCapabilityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for PostAccountsAccountCapabilitiesCapabilityError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`accounts().external_accounts().list`](crate::resources::AccountsExternalAccounts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountExternalAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for GetAccountsAccountExternalAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::fmt::Display for GetAccountsAccountExternalAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for GetAccountsAccountExternalAccountsError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().external_accounts().create`](crate::resources::AccountsExternalAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountExternalAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for PostAccountsAccountExternalAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for PostAccountsAccountExternalAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for PostAccountsAccountExternalAccountsError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().external_accounts().retrieve`](crate::resources::AccountsExternalAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountExternalAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for GetAccountsAccountExternalAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for GetAccountsAccountExternalAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for GetAccountsAccountExternalAccountsIdError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().external_accounts().update`](crate::resources::AccountsExternalAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountExternalAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for PostAccountsAccountExternalAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for PostAccountsAccountExternalAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for PostAccountsAccountExternalAccountsIdError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().external_accounts().delete`](crate::resources::AccountsExternalAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountsAccountExternalAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for DeleteAccountsAccountExternalAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "external_account")]
impl std::fmt::Display for DeleteAccountsAccountExternalAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for DeleteAccountsAccountExternalAccountsIdError {}
#[cfg(feature = "login_link")]
/// Documented error responses of [`accounts().login_links`](crate::resources::Accounts::login_links).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountLoginLinksError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "login_link")]
impl runtime::ApiError for PostAccountsAccountLoginLinksError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "login_link")]
impl std::fmt::Display for PostAccountsAccountLoginLinksError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "login_link")]
impl std::error::Error for PostAccountsAccountLoginLinksError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().list`](crate::resources::AccountsPeople::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountPeopleError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for GetAccountsAccountPeopleError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for GetAccountsAccountPeopleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for GetAccountsAccountPeopleError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().create`](crate::resources::AccountsPeople::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountPeopleError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for PostAccountsAccountPeopleError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for PostAccountsAccountPeopleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for PostAccountsAccountPeopleError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().retrieve`](crate::resources::AccountsPeople::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountPeoplePersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for GetAccountsAccountPeoplePersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for GetAccountsAccountPeoplePersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for GetAccountsAccountPeoplePersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().update`](crate::resources::AccountsPeople::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountPeoplePersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for PostAccountsAccountPeoplePersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for PostAccountsAccountPeoplePersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for PostAccountsAccountPeoplePersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().delete`](crate::resources::AccountsPeople::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountsAccountPeoplePersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for DeleteAccountsAccountPeoplePersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for DeleteAccountsAccountPeoplePersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for DeleteAccountsAccountPeoplePersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().list`](crate::resources::AccountsPersons::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountPersonsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for GetAccountsAccountPersonsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for GetAccountsAccountPersonsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for GetAccountsAccountPersonsError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().create`](crate::resources::AccountsPersons::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountPersonsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for PostAccountsAccountPersonsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for PostAccountsAccountPersonsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for PostAccountsAccountPersonsError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().retrieve`](crate::resources::AccountsPersons::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAccountsAccountPersonsPersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for GetAccountsAccountPersonsPersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for GetAccountsAccountPersonsPersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for GetAccountsAccountPersonsPersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().update`](crate::resources::AccountsPersons::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountPersonsPersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for PostAccountsAccountPersonsPersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for PostAccountsAccountPersonsPersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for PostAccountsAccountPersonsPersonError {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().delete`](crate::resources::AccountsPersons::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteAccountsAccountPersonsPersonError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for DeleteAccountsAccountPersonsPersonError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "person")]
impl std::fmt::Display for DeleteAccountsAccountPersonsPersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for DeleteAccountsAccountPersonsPersonError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().reject`](crate::resources::Accounts::reject).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostAccountsAccountRejectError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for PostAccountsAccountRejectError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "account")]
impl std::fmt::Display for PostAccountsAccountRejectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for PostAccountsAccountRejectError {}
#[cfg(feature = "apple_pay_domain")]
/// Documented error responses of [`apple_pay().domains().list`](crate::resources::ApplePayDomains::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetApplePayDomainsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "apple_pay_domain")]
impl runtime::ApiError for GetApplePayDomainsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::fmt::Display for GetApplePayDomainsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::error::Error for GetApplePayDomainsError {}
#[cfg(feature = "apple_pay_domain")]
/// Documented error responses of [`apple_pay().domains().create`](crate::resources::ApplePayDomains::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostApplePayDomainsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "apple_pay_domain")]
impl runtime::ApiError for PostApplePayDomainsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::fmt::Display for PostApplePayDomainsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::error::Error for PostApplePayDomainsError {}
#[cfg(feature = "apple_pay_domain")]
/// Documented error responses of [`apple_pay().domains().retrieve`](crate::resources::ApplePayDomains::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetApplePayDomainsDomainError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "apple_pay_domain")]
impl runtime::ApiError for GetApplePayDomainsDomainError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::fmt::Display for GetApplePayDomainsDomainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::error::Error for GetApplePayDomainsDomainError {}
#[cfg(feature = "apple_pay_domain")]
/// Documented error responses of [`apple_pay().domains().delete`](crate::resources::ApplePayDomains::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteApplePayDomainsDomainError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "apple_pay_domain")]
impl runtime::ApiError for DeleteApplePayDomainsDomainError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::fmt::Display for DeleteApplePayDomainsDomainError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::error::Error for DeleteApplePayDomainsDomainError {}
#[cfg(feature = "application_fee")]
/// Documented error responses of [`application_fees().list`](crate::resources::ApplicationFees::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetApplicationFeesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "application_fee")]
impl runtime::ApiError for GetApplicationFeesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::fmt::Display for GetApplicationFeesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::error::Error for GetApplicationFeesError {}
#[cfg(feature = "fee_refund")]
/// Documented error responses of [`application_fees().refunds().retrieve`](crate::resources::ApplicationFeesRefunds::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetApplicationFeesFeeRefundsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "fee_refund")]
impl runtime::ApiError for GetApplicationFeesFeeRefundsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::fmt::Display for GetApplicationFeesFeeRefundsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::error::Error for GetApplicationFeesFeeRefundsIdError {}
#[cfg(feature = "fee_refund")]
/// Documented error responses of [`application_fees().refunds().update`](crate::resources::ApplicationFeesRefunds::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostApplicationFeesFeeRefundsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "fee_refund")]
impl runtime::ApiError for PostApplicationFeesFeeRefundsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::fmt::Display for PostApplicationFeesFeeRefundsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::error::Error for PostApplicationFeesFeeRefundsIdError {}
#[cfg(feature = "application_fee")]
/// Documented error responses of [`application_fees().retrieve`](crate::resources::ApplicationFees::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetApplicationFeesIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "application_fee")]
impl runtime::ApiError for GetApplicationFeesIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::fmt::Display for GetApplicationFeesIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::error::Error for GetApplicationFeesIdError {}
#[cfg(feature = "application_fee")]
/// Documented error responses of [`application_fees().refund`](crate::resources::ApplicationFees::refund).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostApplicationFeesIdRefundError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "application_fee")]
impl runtime::ApiError for PostApplicationFeesIdRefundError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::fmt::Display for PostApplicationFeesIdRefundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::error::Error for PostApplicationFeesIdRefundError {}
#[cfg(feature = "fee_refund")]
/// Documented error responses of [`application_fees().refunds().list`](crate::resources::ApplicationFeesRefunds::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetApplicationFeesIdRefundsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "fee_refund")]
impl runtime::ApiError for GetApplicationFeesIdRefundsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::fmt::Display for GetApplicationFeesIdRefundsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::error::Error for GetApplicationFeesIdRefundsError {}
#[cfg(feature = "fee_refund")]
/// Documented error responses of [`application_fees().refunds().create`](crate::resources::ApplicationFeesRefunds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostApplicationFeesIdRefundsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "fee_refund")]
impl runtime::ApiError for PostApplicationFeesIdRefundsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::fmt::Display for PostApplicationFeesIdRefundsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::error::Error for PostApplicationFeesIdRefundsError {}
#[cfg(feature = "balance")]
/// Documented error responses of [`balance().retrieve`](crate::resources::Balance::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBalanceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance")]
impl runtime::ApiError for GetBalanceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "balance")]
impl std::fmt::Display for GetBalanceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance")]
impl std::error::Error for GetBalanceError {}
#[cfg(feature = "balance_transaction")]
/// Documented error responses of [`balance().history().list`](crate::resources::BalanceHistory::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBalanceHistoryError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance_transaction")]
impl runtime::ApiError for GetBalanceHistoryError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::fmt::Display for GetBalanceHistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::error::Error for GetBalanceHistoryError {}
#[cfg(feature = "balance_transaction")]
/// Documented error responses of [`balance().history().retrieve`](crate::resources::BalanceHistory::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBalanceHistoryIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance_transaction")]
impl runtime::ApiError for GetBalanceHistoryIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::fmt::Display for GetBalanceHistoryIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::error::Error for GetBalanceHistoryIdError {}
#[cfg(feature = "balance_transaction")]
/// Documented error responses of [`balance_transactions().list`](crate::resources::BalanceTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBalanceTransactionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance_transaction")]
impl runtime::ApiError for GetBalanceTransactionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::fmt::Display for GetBalanceTransactionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::error::Error for GetBalanceTransactionsError {}
#[cfg(feature = "balance_transaction")]
/// Documented error responses of [`balance_transactions().retrieve`](crate::resources::BalanceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBalanceTransactionsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance_transaction")]
impl runtime::ApiError for GetBalanceTransactionsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::fmt::Display for GetBalanceTransactionsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::error::Error for GetBalanceTransactionsIdError {}
#[cfg(feature = "billing_portal_configuration")]
/// Documented error responses of [`billing_portal().configurations().list`](crate::resources::BillingPortalConfigurations::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBillingPortalConfigurationsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_configuration")]
impl runtime::ApiError for GetBillingPortalConfigurationsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::fmt::Display for GetBillingPortalConfigurationsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::error::Error for GetBillingPortalConfigurationsError {}
#[cfg(feature = "billing_portal_configuration")]
/// Documented error responses of [`billing_portal().configurations().create`](crate::resources::BillingPortalConfigurations::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostBillingPortalConfigurationsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_configuration")]
impl runtime::ApiError for PostBillingPortalConfigurationsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::fmt::Display for PostBillingPortalConfigurationsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::error::Error for PostBillingPortalConfigurationsError {}
#[cfg(feature = "billing_portal_configuration")]
/// Documented error responses of [`billing_portal().configurations().retrieve`](crate::resources::BillingPortalConfigurations::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBillingPortalConfigurationsConfigurationError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_configuration")]
impl runtime::ApiError for GetBillingPortalConfigurationsConfigurationError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::fmt::Display for GetBillingPortalConfigurationsConfigurationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::error::Error for GetBillingPortalConfigurationsConfigurationError {}
#[cfg(feature = "billing_portal_configuration")]
/// Documented error responses of [`billing_portal().configurations().update`](crate::resources::BillingPortalConfigurations::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostBillingPortalConfigurationsConfigurationError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_configuration")]
impl runtime::ApiError for PostBillingPortalConfigurationsConfigurationError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::fmt::Display for PostBillingPortalConfigurationsConfigurationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::error::Error for PostBillingPortalConfigurationsConfigurationError {}
#[cfg(feature = "billing_portal_session")]
/// Documented error responses of [`billing_portal().sessions().create`](crate::resources::BillingPortalSessions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostBillingPortalSessionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_session")]
impl runtime::ApiError for PostBillingPortalSessionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "billing_portal_session")]
impl std::fmt::Display for PostBillingPortalSessionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_session")]
impl std::error::Error for PostBillingPortalSessionsError {}
#[cfg(feature = "bitcoin_receiver")]
/// Documented error responses of [`bitcoin().receivers().list`](crate::resources::BitcoinReceivers::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBitcoinReceiversError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bitcoin_receiver")]
impl runtime::ApiError for GetBitcoinReceiversError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bitcoin_receiver")]
impl std::fmt::Display for GetBitcoinReceiversError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bitcoin_receiver")]
impl std::error::Error for GetBitcoinReceiversError {}
#[cfg(feature = "bitcoin_receiver")]
/// Documented error responses of [`bitcoin().receivers().retrieve`](crate::resources::BitcoinReceivers::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBitcoinReceiversIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bitcoin_receiver")]
impl runtime::ApiError for GetBitcoinReceiversIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bitcoin_receiver")]
impl std::fmt::Display for GetBitcoinReceiversIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bitcoin_receiver")]
impl std::error::Error for GetBitcoinReceiversIdError {}
#[cfg(feature = "bitcoin_transaction")]
/// Documented error responses of [`bitcoin().receivers().transactions`](crate::resources::BitcoinReceivers::transactions).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBitcoinReceiversReceiverTransactionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bitcoin_transaction")]
impl runtime::ApiError for GetBitcoinReceiversReceiverTransactionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bitcoin_transaction")]
impl std::fmt::Display for GetBitcoinReceiversReceiverTransactionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bitcoin_transaction")]
impl std::error::Error for GetBitcoinReceiversReceiverTransactionsError {}
#[cfg(feature = "bitcoin_transaction")]
/// Documented error responses of [`bitcoin().transactions().list`](crate::resources::BitcoinTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBitcoinTransactionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bitcoin_transaction")]
impl runtime::ApiError for GetBitcoinTransactionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bitcoin_transaction")]
impl std::fmt::Display for GetBitcoinTransactionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bitcoin_transaction")]
impl std::error::Error for GetBitcoinTransactionsError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().list`](crate::resources::Charges::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetChargesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for GetChargesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "charge")]
impl std::fmt::Display for GetChargesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for GetChargesError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().create`](crate::resources::Charges::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostChargesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for PostChargesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "charge")]
impl std::fmt::Display for PostChargesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for PostChargesError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().retrieve`](crate::resources::Charges::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetChargesChargeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for GetChargesChargeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "charge")]
impl std::fmt::Display for GetChargesChargeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for GetChargesChargeError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().update`](crate::resources::Charges::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostChargesChargeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for PostChargesChargeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "charge")]
impl std::fmt::Display for PostChargesChargeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for PostChargesChargeError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().capture`](crate::resources::Charges::capture).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostChargesChargeCaptureError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for PostChargesChargeCaptureError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "charge")]
impl std::fmt::Display for PostChargesChargeCaptureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for PostChargesChargeCaptureError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`charges().dispute().retrieve`](crate::resources::ChargesDispute::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetChargesChargeDisputeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for GetChargesChargeDisputeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "dispute")]
impl std::fmt::Display for GetChargesChargeDisputeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for GetChargesChargeDisputeError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`charges().dispute().update`](crate::resources::ChargesDispute::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostChargesChargeDisputeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for PostChargesChargeDisputeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "dispute")]
impl std::fmt::Display for PostChargesChargeDisputeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for PostChargesChargeDisputeError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`charges().dispute().close`](crate::resources::ChargesDispute::close).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostChargesChargeDisputeCloseError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for PostChargesChargeDisputeCloseError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "dispute")]
impl std::fmt::Display for PostChargesChargeDisputeCloseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for PostChargesChargeDisputeCloseError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().refund`](crate::resources::Charges::refund).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostChargesChargeRefundError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for PostChargesChargeRefundError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "charge")]
impl std::fmt::Display for PostChargesChargeRefundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for PostChargesChargeRefundError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`charges().refunds().list`](crate::resources::ChargesRefunds::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetChargesChargeRefundsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for GetChargesChargeRefundsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "refund")]
impl std::fmt::Display for GetChargesChargeRefundsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for GetChargesChargeRefundsError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`charges().refunds().create`](crate::resources::ChargesRefunds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostChargesChargeRefundsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for PostChargesChargeRefundsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "refund")]
impl std::fmt::Display for PostChargesChargeRefundsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for PostChargesChargeRefundsError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`charges().refunds().retrieve`](crate::resources::ChargesRefunds::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetChargesChargeRefundsRefundError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for GetChargesChargeRefundsRefundError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "refund")]
impl std::fmt::Display for GetChargesChargeRefundsRefundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for GetChargesChargeRefundsRefundError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`charges().refunds().update`](crate::resources::ChargesRefunds::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostChargesChargeRefundsRefundError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for PostChargesChargeRefundsRefundError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "refund")]
impl std::fmt::Display for PostChargesChargeRefundsRefundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for PostChargesChargeRefundsRefundError {}
#[cfg(feature = "checkout_session")]
/// Documented error responses of [`checkout().sessions().list`](crate::resources::CheckoutSessions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCheckoutSessionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "checkout_session")]
impl runtime::ApiError for GetCheckoutSessionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::fmt::Display for GetCheckoutSessionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::error::Error for GetCheckoutSessionsError {}
#[cfg(feature = "checkout_session")]
/// Documented error responses of [`checkout().sessions().create`](crate::resources::CheckoutSessions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCheckoutSessionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "checkout_session")]
impl runtime::ApiError for PostCheckoutSessionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::fmt::Display for PostCheckoutSessionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::error::Error for PostCheckoutSessionsError {}
#[cfg(feature = "checkout_session")]
/// Documented error responses of [`checkout().sessions().retrieve`](crate::resources::CheckoutSessions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCheckoutSessionsSessionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "checkout_session")]
impl runtime::ApiError for GetCheckoutSessionsSessionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::fmt::Display for GetCheckoutSessionsSessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::error::Error for GetCheckoutSessionsSessionError {}
#[cfg(feature = "item")]
/// Documented error responses of [`checkout().sessions().line_items`](crate::resources::CheckoutSessions::line_items).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCheckoutSessionsSessionLineItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "item")]
impl runtime::ApiError for GetCheckoutSessionsSessionLineItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "item")]
impl std::fmt::Display for GetCheckoutSessionsSessionLineItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "item")]
impl std::error::Error for GetCheckoutSessionsSessionLineItemsError {}
#[cfg(feature = "country_spec")]
/// Documented error responses of [`country_specs().list`](crate::resources::CountrySpecs::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCountrySpecsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "country_spec")]
impl runtime::ApiError for GetCountrySpecsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "country_spec")]
impl std::fmt::Display for GetCountrySpecsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "country_spec")]
impl std::error::Error for GetCountrySpecsError {}
#[cfg(feature = "country_spec")]
/// Documented error responses of [`country_specs().retrieve`](crate::resources::CountrySpecs::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCountrySpecsCountryError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "country_spec")]
impl runtime::ApiError for GetCountrySpecsCountryError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "country_spec")]
impl std::fmt::Display for GetCountrySpecsCountryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "country_spec")]
impl std::error::Error for GetCountrySpecsCountryError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().list`](crate::resources::Coupons::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCouponsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for GetCouponsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "coupon")]
impl std::fmt::Display for GetCouponsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for GetCouponsError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().create`](crate::resources::Coupons::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCouponsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for PostCouponsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "coupon")]
impl std::fmt::Display for PostCouponsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for PostCouponsError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().retrieve`](crate::resources::Coupons::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCouponsCouponError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for GetCouponsCouponError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "coupon")]
impl std::fmt::Display for GetCouponsCouponError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for GetCouponsCouponError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().update`](crate::resources::Coupons::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCouponsCouponError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for PostCouponsCouponError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "coupon")]
impl std::fmt::Display for PostCouponsCouponError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for PostCouponsCouponError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().delete`](crate::resources::Coupons::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCouponsCouponError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for DeleteCouponsCouponError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "coupon")]
impl std::fmt::Display for DeleteCouponsCouponError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for DeleteCouponsCouponError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().list`](crate::resources::CreditNotes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCreditNotesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for GetCreditNotesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::fmt::Display for GetCreditNotesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for GetCreditNotesError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().create`](crate::resources::CreditNotes::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCreditNotesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for PostCreditNotesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::fmt::Display for PostCreditNotesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for PostCreditNotesError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().preview().retrieve`](crate::resources::CreditNotesPreview::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCreditNotesPreviewError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for GetCreditNotesPreviewError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::fmt::Display for GetCreditNotesPreviewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for GetCreditNotesPreviewError {}
#[cfg(feature = "credit_note_line_item")]
/// Documented error responses of [`credit_notes().preview().lines`](crate::resources::CreditNotesPreview::lines).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCreditNotesPreviewLinesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note_line_item")]
impl runtime::ApiError for GetCreditNotesPreviewLinesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "credit_note_line_item")]
impl std::fmt::Display for GetCreditNotesPreviewLinesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note_line_item")]
impl std::error::Error for GetCreditNotesPreviewLinesError {}
#[cfg(feature = "credit_note_line_item")]
/// Documented error responses of [`credit_notes().lines`](crate::resources::CreditNotes::lines).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCreditNotesCreditNoteLinesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note_line_item")]
impl runtime::ApiError for GetCreditNotesCreditNoteLinesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "credit_note_line_item")]
impl std::fmt::Display for GetCreditNotesCreditNoteLinesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note_line_item")]
impl std::error::Error for GetCreditNotesCreditNoteLinesError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().retrieve`](crate::resources::CreditNotes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCreditNotesIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for GetCreditNotesIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::fmt::Display for GetCreditNotesIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for GetCreditNotesIdError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().update`](crate::resources::CreditNotes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCreditNotesIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for PostCreditNotesIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::fmt::Display for PostCreditNotesIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for PostCreditNotesIdError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().void`](crate::resources::CreditNotes::void).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCreditNotesIdVoidError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for PostCreditNotesIdVoidError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::fmt::Display for PostCreditNotesIdVoidError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for PostCreditNotesIdVoidError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().list`](crate::resources::Customers::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for GetCustomersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer")]
impl std::fmt::Display for GetCustomersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for GetCustomersError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().create`](crate::resources::Customers::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for PostCustomersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer")]
impl std::fmt::Display for PostCustomersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for PostCustomersError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().retrieve`](crate::resources::Customers::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for GetCustomersCustomerError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer")]
impl std::fmt::Display for GetCustomersCustomerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for GetCustomersCustomerError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().update`](crate::resources::Customers::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for PostCustomersCustomerError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer")]
impl std::fmt::Display for PostCustomersCustomerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for PostCustomersCustomerError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().delete`](crate::resources::Customers::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersCustomerError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for DeleteCustomersCustomerError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer")]
impl std::fmt::Display for DeleteCustomersCustomerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for DeleteCustomersCustomerError {}
#[cfg(feature = "customer_balance_transaction")]
/// Documented error responses of [`customers().balance_transactions().list`](crate::resources::CustomersBalanceTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerBalanceTransactionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer_balance_transaction")]
impl runtime::ApiError for GetCustomersCustomerBalanceTransactionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::fmt::Display for GetCustomersCustomerBalanceTransactionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::error::Error for GetCustomersCustomerBalanceTransactionsError {}
#[cfg(feature = "customer_balance_transaction")]
/// Documented error responses of [`customers().balance_transactions().create`](crate::resources::CustomersBalanceTransactions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerBalanceTransactionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer_balance_transaction")]
impl runtime::ApiError for PostCustomersCustomerBalanceTransactionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::fmt::Display for PostCustomersCustomerBalanceTransactionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::error::Error for PostCustomersCustomerBalanceTransactionsError {}
#[cfg(feature = "customer_balance_transaction")]
/// Documented error responses of [`customers().balance_transactions().retrieve`](crate::resources::CustomersBalanceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerBalanceTransactionsTransactionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer_balance_transaction")]
impl runtime::ApiError for GetCustomersCustomerBalanceTransactionsTransactionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::fmt::Display for GetCustomersCustomerBalanceTransactionsTransactionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::error::Error for GetCustomersCustomerBalanceTransactionsTransactionError {}
#[cfg(feature = "customer_balance_transaction")]
/// Documented error responses of [`customers().balance_transactions().update`](crate::resources::CustomersBalanceTransactions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerBalanceTransactionsTransactionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer_balance_transaction")]
impl runtime::ApiError for PostCustomersCustomerBalanceTransactionsTransactionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::fmt::Display for PostCustomersCustomerBalanceTransactionsTransactionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::error::Error for PostCustomersCustomerBalanceTransactionsTransactionError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`customers().bank_accounts().list`](crate::resources::CustomersBankAccounts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerBankAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for GetCustomersCustomerBankAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::fmt::Display for GetCustomersCustomerBankAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for GetCustomersCustomerBankAccountsError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().bank_accounts().create`](crate::resources::CustomersBankAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerBankAccountsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for PostCustomersCustomerBankAccountsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::fmt::Display for PostCustomersCustomerBankAccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for PostCustomersCustomerBankAccountsError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`customers().bank_accounts().retrieve`](crate::resources::CustomersBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for GetCustomersCustomerBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::fmt::Display for GetCustomersCustomerBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for GetCustomersCustomerBankAccountsIdError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().bank_accounts().update`](crate::resources::CustomersBankAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for PostCustomersCustomerBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "card")]
impl std::fmt::Display for PostCustomersCustomerBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for PostCustomersCustomerBankAccountsIdError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().bank_accounts().delete`](crate::resources::CustomersBankAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersCustomerBankAccountsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for DeleteCustomersCustomerBankAccountsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::fmt::Display for DeleteCustomersCustomerBankAccountsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for DeleteCustomersCustomerBankAccountsIdError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`customers().bank_accounts().verify`](crate::resources::CustomersBankAccounts::verify).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerBankAccountsIdVerifyError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for PostCustomersCustomerBankAccountsIdVerifyError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::fmt::Display for PostCustomersCustomerBankAccountsIdVerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for PostCustomersCustomerBankAccountsIdVerifyError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().cards().list`](crate::resources::CustomersCards::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerCardsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for GetCustomersCustomerCardsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "card")]
impl std::fmt::Display for GetCustomersCustomerCardsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for GetCustomersCustomerCardsError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().cards().create`](crate::resources::CustomersCards::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerCardsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for PostCustomersCustomerCardsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::fmt::Display for PostCustomersCustomerCardsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for PostCustomersCustomerCardsError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().cards().retrieve`](crate::resources::CustomersCards::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerCardsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for GetCustomersCustomerCardsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "card")]
impl std::fmt::Display for GetCustomersCustomerCardsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for GetCustomersCustomerCardsIdError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().cards().update`](crate::resources::CustomersCards::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerCardsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for PostCustomersCustomerCardsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "card")]
impl std::fmt::Display for PostCustomersCustomerCardsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for PostCustomersCustomerCardsIdError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().cards().delete`](crate::resources::CustomersCards::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersCustomerCardsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for DeleteCustomersCustomerCardsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::fmt::Display for DeleteCustomersCustomerCardsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for DeleteCustomersCustomerCardsIdError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`customers().discount().retrieve`](crate::resources::CustomersDiscount::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerDiscountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError for GetCustomersCustomerDiscountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "discount")]
impl std::fmt::Display for GetCustomersCustomerDiscountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error for GetCustomersCustomerDiscountError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`customers().discount().delete`](crate::resources::CustomersDiscount::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersCustomerDiscountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError for DeleteCustomersCustomerDiscountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "discount")]
impl std::fmt::Display for DeleteCustomersCustomerDiscountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error for DeleteCustomersCustomerDiscountError {}
#[cfg(feature = "alipay_account")]
/// Documented error responses of [`customers().sources().list`](crate::resources::CustomersSources::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerSourcesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "alipay_account")]
impl runtime::ApiError for GetCustomersCustomerSourcesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "alipay_account")]
impl std::fmt::Display for GetCustomersCustomerSourcesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "alipay_account")]
impl std::error::Error for GetCustomersCustomerSourcesError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().sources().create`](crate::resources::CustomersSources::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerSourcesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for PostCustomersCustomerSourcesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::fmt::Display for PostCustomersCustomerSourcesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for PostCustomersCustomerSourcesError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().sources().retrieve`](crate::resources::CustomersSources::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerSourcesIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for GetCustomersCustomerSourcesIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::fmt::Display for GetCustomersCustomerSourcesIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for GetCustomersCustomerSourcesIdError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().sources().update`](crate::resources::CustomersSources::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerSourcesIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for PostCustomersCustomerSourcesIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "card")]
impl std::fmt::Display for PostCustomersCustomerSourcesIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for PostCustomersCustomerSourcesIdError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().sources().delete`](crate::resources::CustomersSources::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersCustomerSourcesIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for DeleteCustomersCustomerSourcesIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::fmt::Display for DeleteCustomersCustomerSourcesIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for DeleteCustomersCustomerSourcesIdError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`customers().sources().verify`](crate::resources::CustomersSources::verify).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerSourcesIdVerifyError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for PostCustomersCustomerSourcesIdVerifyError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::fmt::Display for PostCustomersCustomerSourcesIdVerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for PostCustomersCustomerSourcesIdVerifyError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().list`](crate::resources::CustomersSubscriptions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerSubscriptionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for GetCustomersCustomerSubscriptionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for GetCustomersCustomerSubscriptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for GetCustomersCustomerSubscriptionsError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().create`](crate::resources::CustomersSubscriptions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerSubscriptionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for PostCustomersCustomerSubscriptionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for PostCustomersCustomerSubscriptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for PostCustomersCustomerSubscriptionsError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().retrieve`](crate::resources::CustomersSubscriptions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for GetCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for GetCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for GetCustomersCustomerSubscriptionsSubscriptionExposedIdError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().update`](crate::resources::CustomersSubscriptions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for PostCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for PostCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for PostCustomersCustomerSubscriptionsSubscriptionExposedIdError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().delete`](crate::resources::CustomersSubscriptions::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError
for DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display
for DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error
for DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`customers().subscriptions().discount().retrieve`](crate::resources::CustomersSubscriptionsDiscount::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError
for GetCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "discount")]
impl std::fmt::Display
for GetCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error
for GetCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`customers().subscriptions().discount().delete`](crate::resources::CustomersSubscriptionsDiscount::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError
for DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "discount")]
impl std::fmt::Display
for DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error
for DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdDiscountError {}
#[cfg(feature = "tax_id")]
/// Documented error responses of [`customers().tax_ids().list`](crate::resources::CustomersTaxIds::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerTaxIdsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_id")]
impl runtime::ApiError for GetCustomersCustomerTaxIdsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::fmt::Display for GetCustomersCustomerTaxIdsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::error::Error for GetCustomersCustomerTaxIdsError {}
#[cfg(feature = "tax_id")]
/// Documented error responses of [`customers().tax_ids().create`](crate::resources::CustomersTaxIds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCustomersCustomerTaxIdsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_id")]
impl runtime::ApiError for PostCustomersCustomerTaxIdsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::fmt::Display for PostCustomersCustomerTaxIdsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::error::Error for PostCustomersCustomerTaxIdsError {}
#[cfg(feature = "tax_id")]
/// Documented error responses of [`customers().tax_ids().retrieve`](crate::resources::CustomersTaxIds::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomersCustomerTaxIdsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_id")]
impl runtime::ApiError for GetCustomersCustomerTaxIdsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::fmt::Display for GetCustomersCustomerTaxIdsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::error::Error for GetCustomersCustomerTaxIdsIdError {}
#[cfg(feature = "tax_id")]
/// Documented error responses of [`customers().tax_ids().delete`](crate::resources::CustomersTaxIds::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomersCustomerTaxIdsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_id")]
impl runtime::ApiError for DeleteCustomersCustomerTaxIdsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::fmt::Display for DeleteCustomersCustomerTaxIdsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::error::Error for DeleteCustomersCustomerTaxIdsIdError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`disputes().list`](crate::resources::Disputes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetDisputesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for GetDisputesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "dispute")]
impl std::fmt::Display for GetDisputesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for GetDisputesError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`disputes().retrieve`](crate::resources::Disputes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetDisputesDisputeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for GetDisputesDisputeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "dispute")]
impl std::fmt::Display for GetDisputesDisputeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for GetDisputesDisputeError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`disputes().update`](crate::resources::Disputes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostDisputesDisputeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for PostDisputesDisputeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "dispute")]
impl std::fmt::Display for PostDisputesDisputeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for PostDisputesDisputeError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`disputes().close`](crate::resources::Disputes::close).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostDisputesDisputeCloseError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for PostDisputesDisputeCloseError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "dispute")]
impl std::fmt::Display for PostDisputesDisputeCloseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for PostDisputesDisputeCloseError {}
#[cfg(feature = "ephemeral_key")]
/// Documented error responses of [`ephemeral_keys().create`](crate::resources::EphemeralKeys::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostEphemeralKeysError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "ephemeral_key")]
impl runtime::ApiError for PostEphemeralKeysError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "ephemeral_key")]
impl std::fmt::Display for PostEphemeralKeysError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "ephemeral_key")]
impl std::error::Error for PostEphemeralKeysError {}
#[cfg(feature = "ephemeral_key")]
/// Documented error responses of [`ephemeral_keys().delete`](crate::resources::EphemeralKeys::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteEphemeralKeysKeyError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "ephemeral_key")]
impl runtime::ApiError for DeleteEphemeralKeysKeyError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "ephemeral_key")]
impl std::fmt::Display for DeleteEphemeralKeysKeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "ephemeral_key")]
impl std::error::Error for DeleteEphemeralKeysKeyError {}
#[cfg(feature = "event")]
/// Documented error responses of [`events().list`](crate::resources::Events::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetEventsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "event")]
impl runtime::ApiError for GetEventsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "event")]
impl std::fmt::Display for GetEventsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "event")]
impl std::error::Error for GetEventsError {}
#[cfg(feature = "event")]
/// Documented error responses of [`events().retrieve`](crate::resources::Events::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetEventsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "event")]
impl runtime::ApiError for GetEventsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "event")]
impl std::fmt::Display for GetEventsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "event")]
impl std::error::Error for GetEventsIdError {}
#[cfg(feature = "exchange_rate")]
/// Documented error responses of [`exchange_rates().list`](crate::resources::ExchangeRates::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetExchangeRatesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "exchange_rate")]
impl runtime::ApiError for GetExchangeRatesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "exchange_rate")]
impl std::fmt::Display for GetExchangeRatesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "exchange_rate")]
impl std::error::Error for GetExchangeRatesError {}
#[cfg(feature = "exchange_rate")]
/// Documented error responses of [`exchange_rates().retrieve`](crate::resources::ExchangeRates::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetExchangeRatesRateIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "exchange_rate")]
impl runtime::ApiError for GetExchangeRatesRateIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "exchange_rate")]
impl std::fmt::Display for GetExchangeRatesRateIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "exchange_rate")]
impl std::error::Error for GetExchangeRatesRateIdError {}
#[cfg(feature = "file_link")]
/// Documented error responses of [`file_links().list`](crate::resources::FileLinks::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetFileLinksError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file_link")]
impl runtime::ApiError for GetFileLinksError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "file_link")]
impl std::fmt::Display for GetFileLinksError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file_link")]
impl std::error::Error for GetFileLinksError {}
#[cfg(feature = "file_link")]
/// Documented error responses of [`file_links().create`](crate::resources::FileLinks::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostFileLinksError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file_link")]
impl runtime::ApiError for PostFileLinksError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "file_link")]
impl std::fmt::Display for PostFileLinksError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file_link")]
impl std::error::Error for PostFileLinksError {}
#[cfg(feature = "file_link")]
/// Documented error responses of [`file_links().retrieve`](crate::resources::FileLinks::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetFileLinksLinkError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file_link")]
impl runtime::ApiError for GetFileLinksLinkError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "file_link")]
impl std::fmt::Display for GetFileLinksLinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file_link")]
impl std::error::Error for GetFileLinksLinkError {}
#[cfg(feature = "file_link")]
/// Documented error responses of [`file_links().update`](crate::resources::FileLinks::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostFileLinksLinkError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file_link")]
impl runtime::ApiError for PostFileLinksLinkError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "file_link")]
impl std::fmt::Display for PostFileLinksLinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file_link")]
impl std::error::Error for PostFileLinksLinkError {}
#[cfg(feature = "file")]
/// Documented error responses of [`files().list`](crate::resources::Files::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetFilesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file")]
impl runtime::ApiError for GetFilesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "file")]
impl std::fmt::Display for GetFilesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file")]
impl std::error::Error for GetFilesError {}
#[cfg(feature = "file")]
/// Documented error responses of [`files().create`](crate::resources::Files::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostFilesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file")]
impl runtime::ApiError for PostFilesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "file")]
impl std::fmt::Display for PostFilesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file")]
impl std::error::Error for PostFilesError {}
#[cfg(feature = "file")]
/// Documented error responses of [`files().retrieve`](crate::resources::Files::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetFilesFileError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file")]
impl runtime::ApiError for GetFilesFileError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "file")]
impl std::fmt::Display for GetFilesFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file")]
impl std::error::Error for GetFilesFileError {}
#[cfg(feature = "identity_verification_report")]
/// Documented error responses of [`identity().verification_reports().list`](crate::resources::IdentityVerificationReports::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIdentityVerificationReportsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_report")]
impl runtime::ApiError for GetIdentityVerificationReportsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "identity_verification_report")]
impl std::fmt::Display for GetIdentityVerificationReportsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_report")]
impl std::error::Error for GetIdentityVerificationReportsError {}
#[cfg(feature = "identity_verification_report")]
/// Documented error responses of [`identity().verification_reports().retrieve`](crate::resources::IdentityVerificationReports::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIdentityVerificationReportsReportError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_report")]
impl runtime::ApiError for GetIdentityVerificationReportsReportError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "identity_verification_report")]
impl std::fmt::Display for GetIdentityVerificationReportsReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_report")]
impl std::error::Error for GetIdentityVerificationReportsReportError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().list`](crate::resources::IdentityVerificationSessions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIdentityVerificationSessionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for GetIdentityVerificationSessionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::fmt::Display for GetIdentityVerificationSessionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for GetIdentityVerificationSessionsError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().create`](crate::resources::IdentityVerificationSessions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIdentityVerificationSessionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for PostIdentityVerificationSessionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::fmt::Display for PostIdentityVerificationSessionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for PostIdentityVerificationSessionsError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().retrieve`](crate::resources::IdentityVerificationSessions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIdentityVerificationSessionsSessionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for GetIdentityVerificationSessionsSessionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::fmt::Display for GetIdentityVerificationSessionsSessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for GetIdentityVerificationSessionsSessionError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().update`](crate::resources::IdentityVerificationSessions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIdentityVerificationSessionsSessionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for PostIdentityVerificationSessionsSessionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::fmt::Display for PostIdentityVerificationSessionsSessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for PostIdentityVerificationSessionsSessionError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().cancel`](crate::resources::IdentityVerificationSessions::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIdentityVerificationSessionsSessionCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for PostIdentityVerificationSessionsSessionCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::fmt::Display for PostIdentityVerificationSessionsSessionCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for PostIdentityVerificationSessionsSessionCancelError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().redact`](crate::resources::IdentityVerificationSessions::redact).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIdentityVerificationSessionsSessionRedactError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for PostIdentityVerificationSessionsSessionRedactError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::fmt::Display for PostIdentityVerificationSessionsSessionRedactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for PostIdentityVerificationSessionsSessionRedactError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().list`](crate::resources::Invoiceitems::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoiceitemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for GetInvoiceitemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::fmt::Display for GetInvoiceitemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for GetInvoiceitemsError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().create`](crate::resources::Invoiceitems::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoiceitemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for PostInvoiceitemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::fmt::Display for PostInvoiceitemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for PostInvoiceitemsError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().retrieve`](crate::resources::Invoiceitems::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoiceitemsInvoiceitemError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for GetInvoiceitemsInvoiceitemError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::fmt::Display for GetInvoiceitemsInvoiceitemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for GetInvoiceitemsInvoiceitemError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().update`](crate::resources::Invoiceitems::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoiceitemsInvoiceitemError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for PostInvoiceitemsInvoiceitemError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::fmt::Display for PostInvoiceitemsInvoiceitemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for PostInvoiceitemsInvoiceitemError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().delete`](crate::resources::Invoiceitems::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteInvoiceitemsInvoiceitemError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for DeleteInvoiceitemsInvoiceitemError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::fmt::Display for DeleteInvoiceitemsInvoiceitemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for DeleteInvoiceitemsInvoiceitemError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().list`](crate::resources::Invoices::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoicesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for GetInvoicesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for GetInvoicesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for GetInvoicesError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().create`](crate::resources::Invoices::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoicesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for PostInvoicesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for PostInvoicesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for PostInvoicesError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().upcoming().retrieve`](crate::resources::InvoicesUpcoming::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoicesUpcomingError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for GetInvoicesUpcomingError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for GetInvoicesUpcomingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for GetInvoicesUpcomingError {}
#[cfg(feature = "line_item")]
/// Documented error responses of [`invoices().upcoming().lines`](crate::resources::InvoicesUpcoming::lines).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoicesUpcomingLinesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "line_item")]
impl runtime::ApiError for GetInvoicesUpcomingLinesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "line_item")]
impl std::fmt::Display for GetInvoicesUpcomingLinesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "line_item")]
impl std::error::Error for GetInvoicesUpcomingLinesError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().retrieve`](crate::resources::Invoices::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoicesInvoiceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for GetInvoicesInvoiceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for GetInvoicesInvoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for GetInvoicesInvoiceError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().update`](crate::resources::Invoices::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoicesInvoiceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for PostInvoicesInvoiceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for PostInvoicesInvoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for PostInvoicesInvoiceError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().delete`](crate::resources::Invoices::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteInvoicesInvoiceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for DeleteInvoicesInvoiceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for DeleteInvoicesInvoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for DeleteInvoicesInvoiceError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().finalize`](crate::resources::Invoices::finalize).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoicesInvoiceFinalizeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for PostInvoicesInvoiceFinalizeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for PostInvoicesInvoiceFinalizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for PostInvoicesInvoiceFinalizeError {}
#[cfg(feature = "line_item")]
/// Documented error responses of [`invoices().lines`](crate::resources::Invoices::lines).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoicesInvoiceLinesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "line_item")]
impl runtime::ApiError for GetInvoicesInvoiceLinesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "line_item")]
impl std::fmt::Display for GetInvoicesInvoiceLinesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "line_item")]
impl std::error::Error for GetInvoicesInvoiceLinesError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().mark_uncollectible`](crate::resources::Invoices::mark_uncollectible).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoicesInvoiceMarkUncollectibleError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for PostInvoicesInvoiceMarkUncollectibleError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for PostInvoicesInvoiceMarkUncollectibleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for PostInvoicesInvoiceMarkUncollectibleError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().pay`](crate::resources::Invoices::pay).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoicesInvoicePayError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for PostInvoicesInvoicePayError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for PostInvoicesInvoicePayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for PostInvoicesInvoicePayError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().send`](crate::resources::Invoices::send).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoicesInvoiceSendError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for PostInvoicesInvoiceSendError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for PostInvoicesInvoiceSendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for PostInvoicesInvoiceSendError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().void`](crate::resources::Invoices::void).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostInvoicesInvoiceVoidError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for PostInvoicesInvoiceVoidError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "invoice")]
impl std::fmt::Display for PostInvoicesInvoiceVoidError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for PostInvoicesInvoiceVoidError {}
#[cfg(feature = "issuer_fraud_record")]
/// Documented error responses of [`issuer_fraud_records().list`](crate::resources::IssuerFraudRecords::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuerFraudRecordsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuer_fraud_record")]
impl runtime::ApiError for GetIssuerFraudRecordsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuer_fraud_record")]
impl std::fmt::Display for GetIssuerFraudRecordsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuer_fraud_record")]
impl std::error::Error for GetIssuerFraudRecordsError {}
#[cfg(feature = "issuer_fraud_record")]
/// Documented error responses of [`issuer_fraud_records().retrieve`](crate::resources::IssuerFraudRecords::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuerFraudRecordsIssuerFraudRecordError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuer_fraud_record")]
impl runtime::ApiError for GetIssuerFraudRecordsIssuerFraudRecordError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuer_fraud_record")]
impl std::fmt::Display for GetIssuerFraudRecordsIssuerFraudRecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuer_fraud_record")]
impl std::error::Error for GetIssuerFraudRecordsIssuerFraudRecordError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().list`](crate::resources::IssuingAuthorizations::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingAuthorizationsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for GetIssuingAuthorizationsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::fmt::Display for GetIssuingAuthorizationsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for GetIssuingAuthorizationsError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().retrieve`](crate::resources::IssuingAuthorizations::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingAuthorizationsAuthorizationError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for GetIssuingAuthorizationsAuthorizationError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::fmt::Display for GetIssuingAuthorizationsAuthorizationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for GetIssuingAuthorizationsAuthorizationError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().update`](crate::resources::IssuingAuthorizations::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingAuthorizationsAuthorizationError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for PostIssuingAuthorizationsAuthorizationError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::fmt::Display for PostIssuingAuthorizationsAuthorizationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for PostIssuingAuthorizationsAuthorizationError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().approve`](crate::resources::IssuingAuthorizations::approve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingAuthorizationsAuthorizationApproveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for PostIssuingAuthorizationsAuthorizationApproveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::fmt::Display for PostIssuingAuthorizationsAuthorizationApproveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for PostIssuingAuthorizationsAuthorizationApproveError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().decline`](crate::resources::IssuingAuthorizations::decline).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingAuthorizationsAuthorizationDeclineError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for PostIssuingAuthorizationsAuthorizationDeclineError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::fmt::Display for PostIssuingAuthorizationsAuthorizationDeclineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for PostIssuingAuthorizationsAuthorizationDeclineError {}
#[cfg(feature = "issuing_cardholder")]
/// Documented error responses of [`issuing().cardholders().list`](crate::resources::IssuingCardholders::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingCardholdersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_cardholder")]
impl runtime::ApiError for GetIssuingCardholdersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::fmt::Display for GetIssuingCardholdersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::error::Error for GetIssuingCardholdersError {}
#[cfg(feature = "issuing_cardholder")]
/// Documented error responses of [`issuing().cardholders().create`](crate::resources::IssuingCardholders::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingCardholdersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_cardholder")]
impl runtime::ApiError for PostIssuingCardholdersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::fmt::Display for PostIssuingCardholdersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::error::Error for PostIssuingCardholdersError {}
#[cfg(feature = "issuing_cardholder")]
/// Documented error responses of [`issuing().cardholders().retrieve`](crate::resources::IssuingCardholders::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingCardholdersCardholderError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_cardholder")]
impl runtime::ApiError for GetIssuingCardholdersCardholderError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::fmt::Display for GetIssuingCardholdersCardholderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::error::Error for GetIssuingCardholdersCardholderError {}
#[cfg(feature = "issuing_cardholder")]
/// Documented error responses of [`issuing().cardholders().update`](crate::resources::IssuingCardholders::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingCardholdersCardholderError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_cardholder")]
impl runtime::ApiError for PostIssuingCardholdersCardholderError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::fmt::Display for PostIssuingCardholdersCardholderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::error::Error for PostIssuingCardholdersCardholderError {}
#[cfg(feature = "issuing_card")]
/// Documented error responses of [`issuing().cards().list`](crate::resources::IssuingCards::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingCardsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_card")]
impl runtime::ApiError for GetIssuingCardsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::fmt::Display for GetIssuingCardsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::error::Error for GetIssuingCardsError {}
#[cfg(feature = "issuing_card")]
/// Documented error responses of [`issuing().cards().create`](crate::resources::IssuingCards::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingCardsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_card")]
impl runtime::ApiError for PostIssuingCardsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::fmt::Display for PostIssuingCardsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::error::Error for PostIssuingCardsError {}
#[cfg(feature = "issuing_card")]
/// Documented error responses of [`issuing().cards().retrieve`](crate::resources::IssuingCards::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingCardsCardError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_card")]
impl runtime::ApiError for GetIssuingCardsCardError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::fmt::Display for GetIssuingCardsCardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::error::Error for GetIssuingCardsCardError {}
#[cfg(feature = "issuing_card")]
/// Documented error responses of [`issuing().cards().update`](crate::resources::IssuingCards::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingCardsCardError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_card")]
impl runtime::ApiError for PostIssuingCardsCardError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::fmt::Display for PostIssuingCardsCardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::error::Error for PostIssuingCardsCardError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().list`](crate::resources::IssuingDisputes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingDisputesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for GetIssuingDisputesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::fmt::Display for GetIssuingDisputesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for GetIssuingDisputesError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().create`](crate::resources::IssuingDisputes::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingDisputesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for PostIssuingDisputesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::fmt::Display for PostIssuingDisputesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for PostIssuingDisputesError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().retrieve`](crate::resources::IssuingDisputes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingDisputesDisputeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for GetIssuingDisputesDisputeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::fmt::Display for GetIssuingDisputesDisputeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for GetIssuingDisputesDisputeError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().update`](crate::resources::IssuingDisputes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingDisputesDisputeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for PostIssuingDisputesDisputeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::fmt::Display for PostIssuingDisputesDisputeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for PostIssuingDisputesDisputeError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().submit`](crate::resources::IssuingDisputes::submit).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingDisputesDisputeSubmitError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for PostIssuingDisputesDisputeSubmitError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::fmt::Display for PostIssuingDisputesDisputeSubmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for PostIssuingDisputesDisputeSubmitError {}
#[cfg(feature = "issuing_settlement")]
/// Documented error responses of [`issuing().settlements().list`](crate::resources::IssuingSettlements::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingSettlementsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_settlement")]
impl runtime::ApiError for GetIssuingSettlementsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::fmt::Display for GetIssuingSettlementsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::error::Error for GetIssuingSettlementsError {}
#[cfg(feature = "issuing_settlement")]
/// Documented error responses of [`issuing().settlements().retrieve`](crate::resources::IssuingSettlements::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingSettlementsSettlementError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_settlement")]
impl runtime::ApiError for GetIssuingSettlementsSettlementError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::fmt::Display for GetIssuingSettlementsSettlementError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::error::Error for GetIssuingSettlementsSettlementError {}
#[cfg(feature = "issuing_settlement")]
/// Documented error responses of [`issuing().settlements().update`](crate::resources::IssuingSettlements::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingSettlementsSettlementError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_settlement")]
impl runtime::ApiError for PostIssuingSettlementsSettlementError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::fmt::Display for PostIssuingSettlementsSettlementError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::error::Error for PostIssuingSettlementsSettlementError {}
#[cfg(feature = "issuing_transaction")]
/// Documented error responses of [`issuing().transactions().list`](crate::resources::IssuingTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingTransactionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_transaction")]
impl runtime::ApiError for GetIssuingTransactionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::fmt::Display for GetIssuingTransactionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::error::Error for GetIssuingTransactionsError {}
#[cfg(feature = "issuing_transaction")]
/// Documented error responses of [`issuing().transactions().retrieve`](crate::resources::IssuingTransactions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssuingTransactionsTransactionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_transaction")]
impl runtime::ApiError for GetIssuingTransactionsTransactionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::fmt::Display for GetIssuingTransactionsTransactionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::error::Error for GetIssuingTransactionsTransactionError {}
#[cfg(feature = "issuing_transaction")]
/// Documented error responses of [`issuing().transactions().update`](crate::resources::IssuingTransactions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostIssuingTransactionsTransactionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_transaction")]
impl runtime::ApiError for PostIssuingTransactionsTransactionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::fmt::Display for PostIssuingTransactionsTransactionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::error::Error for PostIssuingTransactionsTransactionError {}
#[cfg(feature = "mandate")]
/// Documented error responses of [`mandates().retrieve`](crate::resources::Mandates::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetMandatesMandateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "mandate")]
impl runtime::ApiError for GetMandatesMandateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "mandate")]
impl std::fmt::Display for GetMandatesMandateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "mandate")]
impl std::error::Error for GetMandatesMandateError {}
#[cfg(feature = "order_return")]
/// Documented error responses of [`order_returns().list`](crate::resources::OrderReturns::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOrderReturnsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order_return")]
impl runtime::ApiError for GetOrderReturnsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "order_return")]
impl std::fmt::Display for GetOrderReturnsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order_return")]
impl std::error::Error for GetOrderReturnsError {}
#[cfg(feature = "order_return")]
/// Documented error responses of [`order_returns().retrieve`](crate::resources::OrderReturns::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOrderReturnsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order_return")]
impl runtime::ApiError for GetOrderReturnsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "order_return")]
impl std::fmt::Display for GetOrderReturnsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order_return")]
impl std::error::Error for GetOrderReturnsIdError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().list`](crate::resources::Orders::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOrdersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for GetOrdersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "order")]
impl std::fmt::Display for GetOrdersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for GetOrdersError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().create`](crate::resources::Orders::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostOrdersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for PostOrdersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "order")]
impl std::fmt::Display for PostOrdersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for PostOrdersError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().retrieve`](crate::resources::Orders::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOrdersIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for GetOrdersIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "order")]
impl std::fmt::Display for GetOrdersIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for GetOrdersIdError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().update`](crate::resources::Orders::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostOrdersIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for PostOrdersIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "order")]
impl std::fmt::Display for PostOrdersIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for PostOrdersIdError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().pay`](crate::resources::Orders::pay).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostOrdersIdPayError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for PostOrdersIdPayError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "order")]
impl std::fmt::Display for PostOrdersIdPayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for PostOrdersIdPayError {}
#[cfg(feature = "order_return")]
/// Documented error responses of [`orders().returns`](crate::resources::Orders::returns).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostOrdersIdReturnsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order_return")]
impl runtime::ApiError for PostOrdersIdReturnsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "order_return")]
impl std::fmt::Display for PostOrdersIdReturnsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order_return")]
impl std::error::Error for PostOrdersIdReturnsError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().list`](crate::resources::PaymentIntents::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentIntentsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for GetPaymentIntentsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::fmt::Display for GetPaymentIntentsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for GetPaymentIntentsError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().create`](crate::resources::PaymentIntents::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentIntentsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PostPaymentIntentsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::fmt::Display for PostPaymentIntentsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PostPaymentIntentsError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().retrieve`](crate::resources::PaymentIntents::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentIntentsIntentError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for GetPaymentIntentsIntentError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::fmt::Display for GetPaymentIntentsIntentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for GetPaymentIntentsIntentError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().update`](crate::resources::PaymentIntents::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentIntentsIntentError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PostPaymentIntentsIntentError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::fmt::Display for PostPaymentIntentsIntentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PostPaymentIntentsIntentError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().cancel`](crate::resources::PaymentIntents::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentIntentsIntentCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PostPaymentIntentsIntentCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::fmt::Display for PostPaymentIntentsIntentCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PostPaymentIntentsIntentCancelError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().capture`](crate::resources::PaymentIntents::capture).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentIntentsIntentCaptureError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PostPaymentIntentsIntentCaptureError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::fmt::Display for PostPaymentIntentsIntentCaptureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PostPaymentIntentsIntentCaptureError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().confirm`](crate::resources::PaymentIntents::confirm).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentIntentsIntentConfirmError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PostPaymentIntentsIntentConfirmError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::fmt::Display for PostPaymentIntentsIntentConfirmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PostPaymentIntentsIntentConfirmError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().list`](crate::resources::PaymentMethods::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentMethodsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for GetPaymentMethodsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::fmt::Display for GetPaymentMethodsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for GetPaymentMethodsError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().create`](crate::resources::PaymentMethods::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentMethodsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PostPaymentMethodsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::fmt::Display for PostPaymentMethodsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PostPaymentMethodsError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().retrieve`](crate::resources::PaymentMethods::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentMethodsPaymentMethodError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for GetPaymentMethodsPaymentMethodError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::fmt::Display for GetPaymentMethodsPaymentMethodError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for GetPaymentMethodsPaymentMethodError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().update`](crate::resources::PaymentMethods::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentMethodsPaymentMethodError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PostPaymentMethodsPaymentMethodError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::fmt::Display for PostPaymentMethodsPaymentMethodError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PostPaymentMethodsPaymentMethodError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().attach`](crate::resources::PaymentMethods::attach).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentMethodsPaymentMethodAttachError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PostPaymentMethodsPaymentMethodAttachError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::fmt::Display for PostPaymentMethodsPaymentMethodAttachError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PostPaymentMethodsPaymentMethodAttachError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().detach`](crate::resources::PaymentMethods::detach).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPaymentMethodsPaymentMethodDetachError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PostPaymentMethodsPaymentMethodDetachError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::fmt::Display for PostPaymentMethodsPaymentMethodDetachError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PostPaymentMethodsPaymentMethodDetachError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().list`](crate::resources::Payouts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPayoutsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for GetPayoutsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payout")]
impl std::fmt::Display for GetPayoutsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for GetPayoutsError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().create`](crate::resources::Payouts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPayoutsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PostPayoutsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payout")]
impl std::fmt::Display for PostPayoutsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PostPayoutsError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().retrieve`](crate::resources::Payouts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPayoutsPayoutError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for GetPayoutsPayoutError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payout")]
impl std::fmt::Display for GetPayoutsPayoutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for GetPayoutsPayoutError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().update`](crate::resources::Payouts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPayoutsPayoutError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PostPayoutsPayoutError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payout")]
impl std::fmt::Display for PostPayoutsPayoutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PostPayoutsPayoutError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().cancel`](crate::resources::Payouts::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPayoutsPayoutCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PostPayoutsPayoutCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payout")]
impl std::fmt::Display for PostPayoutsPayoutCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PostPayoutsPayoutCancelError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().reverse`](crate::resources::Payouts::reverse).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPayoutsPayoutReverseError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PostPayoutsPayoutReverseError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payout")]
impl std::fmt::Display for PostPayoutsPayoutReverseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PostPayoutsPayoutReverseError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().list`](crate::resources::Plans::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPlansError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for GetPlansError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "plan")]
impl std::fmt::Display for GetPlansError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for GetPlansError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().create`](crate::resources::Plans::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPlansError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for PostPlansError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "plan")]
impl std::fmt::Display for PostPlansError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for PostPlansError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().retrieve`](crate::resources::Plans::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPlansPlanError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for GetPlansPlanError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "plan")]
impl std::fmt::Display for GetPlansPlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for GetPlansPlanError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().update`](crate::resources::Plans::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPlansPlanError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for PostPlansPlanError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "plan")]
impl std::fmt::Display for PostPlansPlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for PostPlansPlanError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().delete`](crate::resources::Plans::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeletePlansPlanError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for DeletePlansPlanError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "plan")]
impl std::fmt::Display for DeletePlansPlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for DeletePlansPlanError {}
#[cfg(feature = "price")]
/// Documented error responses of [`prices().list`](crate::resources::Prices::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPricesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "price")]
impl runtime::ApiError for GetPricesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "price")]
impl std::fmt::Display for GetPricesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "price")]
impl std::error::Error for GetPricesError {}
#[cfg(feature = "price")]
/// Documented error responses of [`prices().create`](crate::resources::Prices::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPricesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "price")]
impl runtime::ApiError for PostPricesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "price")]
impl std::fmt::Display for PostPricesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "price")]
impl std::error::Error for PostPricesError {}
#[cfg(feature = "price")]
/// Documented error responses of [`prices().retrieve`](crate::resources::Prices::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPricesPriceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "price")]
impl runtime::ApiError for GetPricesPriceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "price")]
impl std::fmt::Display for GetPricesPriceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "price")]
impl std::error::Error for GetPricesPriceError {}
#[cfg(feature = "price")]
/// Documented error responses of [`prices().update`](crate::resources::Prices::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPricesPriceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "price")]
impl runtime::ApiError for PostPricesPriceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "price")]
impl std::fmt::Display for PostPricesPriceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "price")]
impl std::error::Error for PostPricesPriceError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().list`](crate::resources::Products::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetProductsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for GetProductsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "product")]
impl std::fmt::Display for GetProductsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for GetProductsError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().create`](crate::resources::Products::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostProductsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for PostProductsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "product")]
impl std::fmt::Display for PostProductsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for PostProductsError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().retrieve`](crate::resources::Products::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetProductsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for GetProductsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "product")]
impl std::fmt::Display for GetProductsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for GetProductsIdError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().update`](crate::resources::Products::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostProductsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for PostProductsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "product")]
impl std::fmt::Display for PostProductsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for PostProductsIdError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().delete`](crate::resources::Products::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteProductsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for DeleteProductsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "product")]
impl std::fmt::Display for DeleteProductsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for DeleteProductsIdError {}
#[cfg(feature = "promotion_code")]
/// Documented error responses of [`promotion_codes().list`](crate::resources::PromotionCodes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPromotionCodesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "promotion_code")]
impl runtime::ApiError for GetPromotionCodesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::fmt::Display for GetPromotionCodesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::error::Error for GetPromotionCodesError {}
#[cfg(feature = "promotion_code")]
/// Documented error responses of [`promotion_codes().create`](crate::resources::PromotionCodes::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPromotionCodesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "promotion_code")]
impl runtime::ApiError for PostPromotionCodesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::fmt::Display for PostPromotionCodesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::error::Error for PostPromotionCodesError {}
#[cfg(feature = "promotion_code")]
/// Documented error responses of [`promotion_codes().retrieve`](crate::resources::PromotionCodes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPromotionCodesPromotionCodeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "promotion_code")]
impl runtime::ApiError for GetPromotionCodesPromotionCodeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::fmt::Display for GetPromotionCodesPromotionCodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::error::Error for GetPromotionCodesPromotionCodeError {}
#[cfg(feature = "promotion_code")]
/// Documented error responses of [`promotion_codes().update`](crate::resources::PromotionCodes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPromotionCodesPromotionCodeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "promotion_code")]
impl runtime::ApiError for PostPromotionCodesPromotionCodeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::fmt::Display for PostPromotionCodesPromotionCodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::error::Error for PostPromotionCodesPromotionCodeError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().list`](crate::resources::Quotes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetQuotesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for GetQuotesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "quote")]
impl std::fmt::Display for GetQuotesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for GetQuotesError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().create`](crate::resources::Quotes::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostQuotesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for PostQuotesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "quote")]
impl std::fmt::Display for PostQuotesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for PostQuotesError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().retrieve`](crate::resources::Quotes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetQuotesQuoteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for GetQuotesQuoteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "quote")]
impl std::fmt::Display for GetQuotesQuoteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for GetQuotesQuoteError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().update`](crate::resources::Quotes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostQuotesQuoteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for PostQuotesQuoteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "quote")]
impl std::fmt::Display for PostQuotesQuoteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for PostQuotesQuoteError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().accept`](crate::resources::Quotes::accept).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostQuotesQuoteAcceptError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for PostQuotesQuoteAcceptError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "quote")]
impl std::fmt::Display for PostQuotesQuoteAcceptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for PostQuotesQuoteAcceptError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().cancel`](crate::resources::Quotes::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostQuotesQuoteCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for PostQuotesQuoteCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "quote")]
impl std::fmt::Display for PostQuotesQuoteCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for PostQuotesQuoteCancelError {}
#[cfg(feature = "item")]
/// Documented error responses of [`quotes().computed_upfront_line_items`](crate::resources::Quotes::computed_upfront_line_items).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetQuotesQuoteComputedUpfrontLineItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "item")]
impl runtime::ApiError for GetQuotesQuoteComputedUpfrontLineItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "item")]
impl std::fmt::Display for GetQuotesQuoteComputedUpfrontLineItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "item")]
impl std::error::Error for GetQuotesQuoteComputedUpfrontLineItemsError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().finalize`](crate::resources::Quotes::finalize).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostQuotesQuoteFinalizeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for PostQuotesQuoteFinalizeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "quote")]
impl std::fmt::Display for PostQuotesQuoteFinalizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for PostQuotesQuoteFinalizeError {}
#[cfg(feature = "item")]
/// Documented error responses of [`quotes().line_items`](crate::resources::Quotes::line_items).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetQuotesQuoteLineItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "item")]
impl runtime::ApiError for GetQuotesQuoteLineItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "item")]
impl std::fmt::Display for GetQuotesQuoteLineItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "item")]
impl std::error::Error for GetQuotesQuoteLineItemsError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`quotes().pdf`](crate::resources::Quotes::pdf).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetQuotesQuotePdfError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for GetQuotesQuotePdfError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::fmt::Display for GetQuotesQuotePdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for GetQuotesQuotePdfError {}
#[cfg(feature = "radar_early_fraud_warning")]
/// Documented error responses of [`radar().early_fraud_warnings().list`](crate::resources::RadarEarlyFraudWarnings::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRadarEarlyFraudWarningsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_early_fraud_warning")]
impl runtime::ApiError for GetRadarEarlyFraudWarningsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_early_fraud_warning")]
impl std::fmt::Display for GetRadarEarlyFraudWarningsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_early_fraud_warning")]
impl std::error::Error for GetRadarEarlyFraudWarningsError {}
#[cfg(feature = "radar_early_fraud_warning")]
/// Documented error responses of [`radar().early_fraud_warnings().retrieve`](crate::resources::RadarEarlyFraudWarnings::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRadarEarlyFraudWarningsEarlyFraudWarningError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_early_fraud_warning")]
impl runtime::ApiError for GetRadarEarlyFraudWarningsEarlyFraudWarningError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_early_fraud_warning")]
impl std::fmt::Display for GetRadarEarlyFraudWarningsEarlyFraudWarningError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_early_fraud_warning")]
impl std::error::Error for GetRadarEarlyFraudWarningsEarlyFraudWarningError {}
#[cfg(feature = "radar_value_list_item")]
/// Documented error responses of [`radar().value_list_items().list`](crate::resources::RadarValueListItems::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRadarValueListItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list_item")]
impl runtime::ApiError for GetRadarValueListItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::fmt::Display for GetRadarValueListItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::error::Error for GetRadarValueListItemsError {}
#[cfg(feature = "radar_value_list_item")]
/// Documented error responses of [`radar().value_list_items().create`](crate::resources::RadarValueListItems::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostRadarValueListItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list_item")]
impl runtime::ApiError for PostRadarValueListItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::fmt::Display for PostRadarValueListItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::error::Error for PostRadarValueListItemsError {}
#[cfg(feature = "radar_value_list_item")]
/// Documented error responses of [`radar().value_list_items().retrieve`](crate::resources::RadarValueListItems::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRadarValueListItemsItemError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list_item")]
impl runtime::ApiError for GetRadarValueListItemsItemError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::fmt::Display for GetRadarValueListItemsItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::error::Error for GetRadarValueListItemsItemError {}
#[cfg(feature = "radar_value_list_item")]
/// Documented error responses of [`radar().value_list_items().delete`](crate::resources::RadarValueListItems::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteRadarValueListItemsItemError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list_item")]
impl runtime::ApiError for DeleteRadarValueListItemsItemError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::fmt::Display for DeleteRadarValueListItemsItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::error::Error for DeleteRadarValueListItemsItemError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().list`](crate::resources::RadarValueLists::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRadarValueListsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for GetRadarValueListsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::fmt::Display for GetRadarValueListsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for GetRadarValueListsError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().create`](crate::resources::RadarValueLists::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostRadarValueListsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for PostRadarValueListsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::fmt::Display for PostRadarValueListsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for PostRadarValueListsError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().retrieve`](crate::resources::RadarValueLists::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRadarValueListsValueListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for GetRadarValueListsValueListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::fmt::Display for GetRadarValueListsValueListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for GetRadarValueListsValueListError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().update`](crate::resources::RadarValueLists::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostRadarValueListsValueListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for PostRadarValueListsValueListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::fmt::Display for PostRadarValueListsValueListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for PostRadarValueListsValueListError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().delete`](crate::resources::RadarValueLists::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteRadarValueListsValueListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for DeleteRadarValueListsValueListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::fmt::Display for DeleteRadarValueListsValueListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for DeleteRadarValueListsValueListError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().list`](crate::resources::Recipients::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRecipientsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for GetRecipientsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "recipient")]
impl std::fmt::Display for GetRecipientsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for GetRecipientsError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().create`](crate::resources::Recipients::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostRecipientsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for PostRecipientsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "recipient")]
impl std::fmt::Display for PostRecipientsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for PostRecipientsError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().retrieve`](crate::resources::Recipients::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRecipientsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for GetRecipientsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "recipient")]
impl std::fmt::Display for GetRecipientsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for GetRecipientsIdError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().update`](crate::resources::Recipients::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostRecipientsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for PostRecipientsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "recipient")]
impl std::fmt::Display for PostRecipientsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for PostRecipientsIdError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().delete`](crate::resources::Recipients::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteRecipientsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for DeleteRecipientsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "recipient")]
impl std::fmt::Display for DeleteRecipientsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for DeleteRecipientsIdError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`refunds().list`](crate::resources::Refunds::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRefundsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for GetRefundsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "refund")]
impl std::fmt::Display for GetRefundsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for GetRefundsError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`refunds().create`](crate::resources::Refunds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostRefundsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for PostRefundsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "refund")]
impl std::fmt::Display for PostRefundsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for PostRefundsError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`refunds().retrieve`](crate::resources::Refunds::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRefundsRefundError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for GetRefundsRefundError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "refund")]
impl std::fmt::Display for GetRefundsRefundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for GetRefundsRefundError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`refunds().update`](crate::resources::Refunds::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostRefundsRefundError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for PostRefundsRefundError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "refund")]
impl std::fmt::Display for PostRefundsRefundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for PostRefundsRefundError {}
#[cfg(feature = "reporting_report_run")]
/// Documented error responses of [`reporting().report_runs().list`](crate::resources::ReportingReportRuns::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetReportingReportRunsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_run")]
impl runtime::ApiError for GetReportingReportRunsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::fmt::Display for GetReportingReportRunsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::error::Error for GetReportingReportRunsError {}
#[cfg(feature = "reporting_report_run")]
/// Documented error responses of [`reporting().report_runs().create`](crate::resources::ReportingReportRuns::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostReportingReportRunsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_run")]
impl runtime::ApiError for PostReportingReportRunsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::fmt::Display for PostReportingReportRunsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::error::Error for PostReportingReportRunsError {}
#[cfg(feature = "reporting_report_run")]
/// Documented error responses of [`reporting().report_runs().retrieve`](crate::resources::ReportingReportRuns::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetReportingReportRunsReportRunError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_run")]
impl runtime::ApiError for GetReportingReportRunsReportRunError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::fmt::Display for GetReportingReportRunsReportRunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::error::Error for GetReportingReportRunsReportRunError {}
#[cfg(feature = "reporting_report_type")]
/// Documented error responses of [`reporting().report_types().list`](crate::resources::ReportingReportTypes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetReportingReportTypesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_type")]
impl runtime::ApiError for GetReportingReportTypesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "reporting_report_type")]
impl std::fmt::Display for GetReportingReportTypesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_type")]
impl std::error::Error for GetReportingReportTypesError {}
#[cfg(feature = "reporting_report_type")]
/// Documented error responses of [`reporting().report_types().retrieve`](crate::resources::ReportingReportTypes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetReportingReportTypesReportTypeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_type")]
impl runtime::ApiError for GetReportingReportTypesReportTypeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "reporting_report_type")]
impl std::fmt::Display for GetReportingReportTypesReportTypeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_type")]
impl std::error::Error for GetReportingReportTypesReportTypeError {}
#[cfg(feature = "review")]
/// Documented error responses of [`reviews().list`](crate::resources::Reviews::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetReviewsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "review")]
impl runtime::ApiError for GetReviewsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "review")]
impl std::fmt::Display for GetReviewsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "review")]
impl std::error::Error for GetReviewsError {}
#[cfg(feature = "review")]
/// Documented error responses of [`reviews().retrieve`](crate::resources::Reviews::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetReviewsReviewError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "review")]
impl runtime::ApiError for GetReviewsReviewError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "review")]
impl std::fmt::Display for GetReviewsReviewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "review")]
impl std::error::Error for GetReviewsReviewError {}
#[cfg(feature = "review")]
/// Documented error responses of [`reviews().approve`](crate::resources::Reviews::approve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostReviewsReviewApproveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "review")]
impl runtime::ApiError for PostReviewsReviewApproveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "review")]
impl std::fmt::Display for PostReviewsReviewApproveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "review")]
impl std::error::Error for PostReviewsReviewApproveError {}
#[cfg(feature = "setup_attempt")]
/// Documented error responses of [`setup_attempts().list`](crate::resources::SetupAttempts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSetupAttemptsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_attempt")]
impl runtime::ApiError for GetSetupAttemptsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "setup_attempt")]
impl std::fmt::Display for GetSetupAttemptsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_attempt")]
impl std::error::Error for GetSetupAttemptsError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().list`](crate::resources::SetupIntents::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSetupIntentsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for GetSetupIntentsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::fmt::Display for GetSetupIntentsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for GetSetupIntentsError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().create`](crate::resources::SetupIntents::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSetupIntentsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for PostSetupIntentsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::fmt::Display for PostSetupIntentsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for PostSetupIntentsError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().retrieve`](crate::resources::SetupIntents::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSetupIntentsIntentError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for GetSetupIntentsIntentError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::fmt::Display for GetSetupIntentsIntentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for GetSetupIntentsIntentError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().update`](crate::resources::SetupIntents::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSetupIntentsIntentError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for PostSetupIntentsIntentError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::fmt::Display for PostSetupIntentsIntentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for PostSetupIntentsIntentError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().cancel`](crate::resources::SetupIntents::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSetupIntentsIntentCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for PostSetupIntentsIntentCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::fmt::Display for PostSetupIntentsIntentCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for PostSetupIntentsIntentCancelError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().confirm`](crate::resources::SetupIntents::confirm).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSetupIntentsIntentConfirmError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for PostSetupIntentsIntentConfirmError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::fmt::Display for PostSetupIntentsIntentConfirmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for PostSetupIntentsIntentConfirmError {}
#[cfg(feature = "scheduled_query_run")]
/// Documented error responses of [`sigma().scheduled_query_runs().list`](crate::resources::SigmaScheduledQueryRuns::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSigmaScheduledQueryRunsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "scheduled_query_run")]
impl runtime::ApiError for GetSigmaScheduledQueryRunsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "scheduled_query_run")]
impl std::fmt::Display for GetSigmaScheduledQueryRunsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "scheduled_query_run")]
impl std::error::Error for GetSigmaScheduledQueryRunsError {}
#[cfg(feature = "scheduled_query_run")]
/// Documented error responses of [`sigma().scheduled_query_runs().retrieve`](crate::resources::SigmaScheduledQueryRuns::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSigmaScheduledQueryRunsScheduledQueryRunError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "scheduled_query_run")]
impl runtime::ApiError for GetSigmaScheduledQueryRunsScheduledQueryRunError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "scheduled_query_run")]
impl std::fmt::Display for GetSigmaScheduledQueryRunsScheduledQueryRunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "scheduled_query_run")]
impl std::error::Error for GetSigmaScheduledQueryRunsScheduledQueryRunError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().list`](crate::resources::Skus::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSkusError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for GetSkusError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "sku")]
impl std::fmt::Display for GetSkusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for GetSkusError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().create`](crate::resources::Skus::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSkusError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for PostSkusError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "sku")]
impl std::fmt::Display for PostSkusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for PostSkusError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().retrieve`](crate::resources::Skus::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSkusIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for GetSkusIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "sku")]
impl std::fmt::Display for GetSkusIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for GetSkusIdError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().update`](crate::resources::Skus::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSkusIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for PostSkusIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "sku")]
impl std::fmt::Display for PostSkusIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for PostSkusIdError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().delete`](crate::resources::Skus::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteSkusIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for DeleteSkusIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "sku")]
impl std::fmt::Display for DeleteSkusIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for DeleteSkusIdError {}
#[cfg(feature = "source")]
/// Documented error responses of [`sources().create`](crate::resources::Sources::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSourcesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source")]
impl runtime::ApiError for PostSourcesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "source")]
impl std::fmt::Display for PostSourcesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source")]
impl std::error::Error for PostSourcesError {}
#[cfg(feature = "source")]
/// Documented error responses of [`sources().retrieve`](crate::resources::Sources::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSourcesSourceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source")]
impl runtime::ApiError for GetSourcesSourceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "source")]
impl std::fmt::Display for GetSourcesSourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source")]
impl std::error::Error for GetSourcesSourceError {}
#[cfg(feature = "source")]
/// Documented error responses of [`sources().update`](crate::resources::Sources::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSourcesSourceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source")]
impl runtime::ApiError for PostSourcesSourceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "source")]
impl std::fmt::Display for PostSourcesSourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source")]
impl std::error::Error for PostSourcesSourceError {}
#[cfg(feature = "source_mandate_notification")]
/// Documented error responses of [`sources().mandate_notifications().retrieve`](crate::resources::SourcesMandateNotifications::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSourcesSourceMandateNotificationsMandateNotificationError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source_mandate_notification")]
impl runtime::ApiError for GetSourcesSourceMandateNotificationsMandateNotificationError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "source_mandate_notification")]
impl std::fmt::Display for GetSourcesSourceMandateNotificationsMandateNotificationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source_mandate_notification")]
impl std::error::Error for GetSourcesSourceMandateNotificationsMandateNotificationError {}
#[cfg(feature = "source_transaction")]
/// Documented error responses of [`sources().source_transactions().list`](crate::resources::SourcesSourceTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSourcesSourceSourceTransactionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source_transaction")]
impl runtime::ApiError for GetSourcesSourceSourceTransactionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "source_transaction")]
impl std::fmt::Display for GetSourcesSourceSourceTransactionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source_transaction")]
impl std::error::Error for GetSourcesSourceSourceTransactionsError {}
#[cfg(feature = "source_transaction")]
/// Documented error responses of [`sources().source_transactions().retrieve`](crate::resources::SourcesSourceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSourcesSourceSourceTransactionsSourceTransactionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source_transaction")]
impl runtime::ApiError for GetSourcesSourceSourceTransactionsSourceTransactionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "source_transaction")]
impl std::fmt::Display for GetSourcesSourceSourceTransactionsSourceTransactionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source_transaction")]
impl std::error::Error for GetSourcesSourceSourceTransactionsSourceTransactionError {}
#[cfg(feature = "source")]
/// Documented error responses of [`sources().verify`](crate::resources::Sources::verify).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSourcesSourceVerifyError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source")]
impl runtime::ApiError for PostSourcesSourceVerifyError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "source")]
impl std::fmt::Display for PostSourcesSourceVerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source")]
impl std::error::Error for PostSourcesSourceVerifyError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().list`](crate::resources::SubscriptionItems::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for GetSubscriptionItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::fmt::Display for GetSubscriptionItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for GetSubscriptionItemsError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().create`](crate::resources::SubscriptionItems::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for PostSubscriptionItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::fmt::Display for PostSubscriptionItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for PostSubscriptionItemsError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().retrieve`](crate::resources::SubscriptionItems::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionItemsItemError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for GetSubscriptionItemsItemError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::fmt::Display for GetSubscriptionItemsItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for GetSubscriptionItemsItemError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().update`](crate::resources::SubscriptionItems::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionItemsItemError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for PostSubscriptionItemsItemError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::fmt::Display for PostSubscriptionItemsItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for PostSubscriptionItemsItemError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().delete`](crate::resources::SubscriptionItems::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteSubscriptionItemsItemError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for DeleteSubscriptionItemsItemError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::fmt::Display for DeleteSubscriptionItemsItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for DeleteSubscriptionItemsItemError {}
#[cfg(feature = "usage_record_summary")]
/// Documented error responses of [`subscription_items().usage_record_summaries`](crate::resources::SubscriptionItems::usage_record_summaries).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionItemsSubscriptionItemUsageRecordSummariesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "usage_record_summary")]
impl runtime::ApiError
for GetSubscriptionItemsSubscriptionItemUsageRecordSummariesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "usage_record_summary")]
impl std::fmt::Display
for GetSubscriptionItemsSubscriptionItemUsageRecordSummariesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "usage_record_summary")]
impl std::error::Error
for GetSubscriptionItemsSubscriptionItemUsageRecordSummariesError {}
#[cfg(feature = "usage_record")]
/// Documented error responses of [`subscription_items().usage_records`](crate::resources::SubscriptionItems::usage_records).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionItemsSubscriptionItemUsageRecordsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "usage_record")]
impl runtime::ApiError for PostSubscriptionItemsSubscriptionItemUsageRecordsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "usage_record")]
impl std::fmt::Display for PostSubscriptionItemsSubscriptionItemUsageRecordsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "usage_record")]
impl std::error::Error for PostSubscriptionItemsSubscriptionItemUsageRecordsError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().list`](crate::resources::SubscriptionSchedules::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionSchedulesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for GetSubscriptionSchedulesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::fmt::Display for GetSubscriptionSchedulesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for GetSubscriptionSchedulesError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().create`](crate::resources::SubscriptionSchedules::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionSchedulesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for PostSubscriptionSchedulesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::fmt::Display for PostSubscriptionSchedulesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for PostSubscriptionSchedulesError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().retrieve`](crate::resources::SubscriptionSchedules::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionSchedulesScheduleError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for GetSubscriptionSchedulesScheduleError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::fmt::Display for GetSubscriptionSchedulesScheduleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for GetSubscriptionSchedulesScheduleError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().update`](crate::resources::SubscriptionSchedules::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionSchedulesScheduleError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for PostSubscriptionSchedulesScheduleError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::fmt::Display for PostSubscriptionSchedulesScheduleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for PostSubscriptionSchedulesScheduleError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().cancel`](crate::resources::SubscriptionSchedules::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionSchedulesScheduleCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for PostSubscriptionSchedulesScheduleCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::fmt::Display for PostSubscriptionSchedulesScheduleCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for PostSubscriptionSchedulesScheduleCancelError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().release`](crate::resources::SubscriptionSchedules::release).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionSchedulesScheduleReleaseError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for PostSubscriptionSchedulesScheduleReleaseError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::fmt::Display for PostSubscriptionSchedulesScheduleReleaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for PostSubscriptionSchedulesScheduleReleaseError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().list`](crate::resources::Subscriptions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for GetSubscriptionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for GetSubscriptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for GetSubscriptionsError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().create`](crate::resources::Subscriptions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for PostSubscriptionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for PostSubscriptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for PostSubscriptionsError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().retrieve`](crate::resources::Subscriptions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSubscriptionsSubscriptionExposedIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for GetSubscriptionsSubscriptionExposedIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for GetSubscriptionsSubscriptionExposedIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for GetSubscriptionsSubscriptionExposedIdError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().update`](crate::resources::Subscriptions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSubscriptionsSubscriptionExposedIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for PostSubscriptionsSubscriptionExposedIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for PostSubscriptionsSubscriptionExposedIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for PostSubscriptionsSubscriptionExposedIdError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().delete`](crate::resources::Subscriptions::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteSubscriptionsSubscriptionExposedIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for DeleteSubscriptionsSubscriptionExposedIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "subscription")]
impl std::fmt::Display for DeleteSubscriptionsSubscriptionExposedIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for DeleteSubscriptionsSubscriptionExposedIdError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`subscriptions().delete_discount`](crate::resources::Subscriptions::delete_discount).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteSubscriptionsSubscriptionExposedIdDiscountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError for DeleteSubscriptionsSubscriptionExposedIdDiscountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "discount")]
impl std::fmt::Display for DeleteSubscriptionsSubscriptionExposedIdDiscountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error for DeleteSubscriptionsSubscriptionExposedIdDiscountError {}
#[cfg(feature = "tax_code")]
/// Documented error responses of [`tax_codes().list`](crate::resources::TaxCodes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTaxCodesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_code")]
impl runtime::ApiError for GetTaxCodesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_code")]
impl std::fmt::Display for GetTaxCodesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_code")]
impl std::error::Error for GetTaxCodesError {}
#[cfg(feature = "tax_code")]
/// Documented error responses of [`tax_codes().retrieve`](crate::resources::TaxCodes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTaxCodesIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_code")]
impl runtime::ApiError for GetTaxCodesIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_code")]
impl std::fmt::Display for GetTaxCodesIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_code")]
impl std::error::Error for GetTaxCodesIdError {}
#[cfg(feature = "tax_rate")]
/// Documented error responses of [`tax_rates().list`](crate::resources::TaxRates::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTaxRatesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_rate")]
impl runtime::ApiError for GetTaxRatesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::fmt::Display for GetTaxRatesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::error::Error for GetTaxRatesError {}
#[cfg(feature = "tax_rate")]
/// Documented error responses of [`tax_rates().create`](crate::resources::TaxRates::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTaxRatesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_rate")]
impl runtime::ApiError for PostTaxRatesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::fmt::Display for PostTaxRatesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::error::Error for PostTaxRatesError {}
#[cfg(feature = "tax_rate")]
/// Documented error responses of [`tax_rates().retrieve`](crate::resources::TaxRates::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTaxRatesTaxRateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_rate")]
impl runtime::ApiError for GetTaxRatesTaxRateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::fmt::Display for GetTaxRatesTaxRateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::error::Error for GetTaxRatesTaxRateError {}
#[cfg(feature = "tax_rate")]
/// Documented error responses of [`tax_rates().update`](crate::resources::TaxRates::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTaxRatesTaxRateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_rate")]
impl runtime::ApiError for PostTaxRatesTaxRateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::fmt::Display for PostTaxRatesTaxRateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::error::Error for PostTaxRatesTaxRateError {}
#[cfg(feature = "terminal_connection_token")]
/// Documented error responses of [`terminal().connection_tokens().create`](crate::resources::TerminalConnectionTokens::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTerminalConnectionTokensError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_connection_token")]
impl runtime::ApiError for PostTerminalConnectionTokensError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_connection_token")]
impl std::fmt::Display for PostTerminalConnectionTokensError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_connection_token")]
impl std::error::Error for PostTerminalConnectionTokensError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().list`](crate::resources::TerminalLocations::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTerminalLocationsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for GetTerminalLocationsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::fmt::Display for GetTerminalLocationsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for GetTerminalLocationsError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().create`](crate::resources::TerminalLocations::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTerminalLocationsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for PostTerminalLocationsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::fmt::Display for PostTerminalLocationsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for PostTerminalLocationsError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().retrieve`](crate::resources::TerminalLocations::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTerminalLocationsLocationError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for GetTerminalLocationsLocationError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::fmt::Display for GetTerminalLocationsLocationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for GetTerminalLocationsLocationError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().update`](crate::resources::TerminalLocations::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTerminalLocationsLocationError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for PostTerminalLocationsLocationError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::fmt::Display for PostTerminalLocationsLocationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for PostTerminalLocationsLocationError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().delete`](crate::resources::TerminalLocations::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteTerminalLocationsLocationError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for DeleteTerminalLocationsLocationError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::fmt::Display for DeleteTerminalLocationsLocationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for DeleteTerminalLocationsLocationError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().list`](crate::resources::TerminalReaders::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTerminalReadersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for GetTerminalReadersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::fmt::Display for GetTerminalReadersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for GetTerminalReadersError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().create`](crate::resources::TerminalReaders::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTerminalReadersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for PostTerminalReadersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::fmt::Display for PostTerminalReadersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for PostTerminalReadersError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().retrieve`](crate::resources::TerminalReaders::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTerminalReadersReaderError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for GetTerminalReadersReaderError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::fmt::Display for GetTerminalReadersReaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for GetTerminalReadersReaderError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().update`](crate::resources::TerminalReaders::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTerminalReadersReaderError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for PostTerminalReadersReaderError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::fmt::Display for PostTerminalReadersReaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for PostTerminalReadersReaderError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().delete`](crate::resources::TerminalReaders::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteTerminalReadersReaderError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for DeleteTerminalReadersReaderError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::fmt::Display for DeleteTerminalReadersReaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for DeleteTerminalReadersReaderError {}
#[cfg(feature = "token")]
/// Documented error responses of [`tokens().create`](crate::resources::Tokens::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTokensError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "token")]
impl runtime::ApiError for PostTokensError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "token")]
impl std::fmt::Display for PostTokensError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "token")]
impl std::error::Error for PostTokensError {}
#[cfg(feature = "token")]
/// Documented error responses of [`tokens().retrieve`](crate::resources::Tokens::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTokensTokenError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "token")]
impl runtime::ApiError for GetTokensTokenError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "token")]
impl std::fmt::Display for GetTokensTokenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "token")]
impl std::error::Error for GetTokensTokenError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().list`](crate::resources::Topups::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTopupsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for GetTopupsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "topup")]
impl std::fmt::Display for GetTopupsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for GetTopupsError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().create`](crate::resources::Topups::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTopupsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for PostTopupsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "topup")]
impl std::fmt::Display for PostTopupsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for PostTopupsError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().retrieve`](crate::resources::Topups::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTopupsTopupError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for GetTopupsTopupError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "topup")]
impl std::fmt::Display for GetTopupsTopupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for GetTopupsTopupError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().update`](crate::resources::Topups::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTopupsTopupError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for PostTopupsTopupError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "topup")]
impl std::fmt::Display for PostTopupsTopupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for PostTopupsTopupError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().cancel`](crate::resources::Topups::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTopupsTopupCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for PostTopupsTopupCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "topup")]
impl std::fmt::Display for PostTopupsTopupCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for PostTopupsTopupCancelError {}
#[cfg(feature = "transfer")]
/// Documented error responses of [`transfers().list`](crate::resources::Transfers::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTransfersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer")]
impl runtime::ApiError for GetTransfersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "transfer")]
impl std::fmt::Display for GetTransfersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer")]
impl std::error::Error for GetTransfersError {}
#[cfg(feature = "transfer")]
/// Documented error responses of [`transfers().create`](crate::resources::Transfers::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTransfersError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer")]
impl runtime::ApiError for PostTransfersError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "transfer")]
impl std::fmt::Display for PostTransfersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer")]
impl std::error::Error for PostTransfersError {}
#[cfg(feature = "transfer_reversal")]
/// Documented error responses of [`transfers().reversals().list`](crate::resources::TransfersReversals::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTransfersIdReversalsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer_reversal")]
impl runtime::ApiError for GetTransfersIdReversalsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::fmt::Display for GetTransfersIdReversalsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::error::Error for GetTransfersIdReversalsError {}
#[cfg(feature = "transfer_reversal")]
/// Documented error responses of [`transfers().reversals().create`](crate::resources::TransfersReversals::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTransfersIdReversalsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer_reversal")]
impl runtime::ApiError for PostTransfersIdReversalsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::fmt::Display for PostTransfersIdReversalsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::error::Error for PostTransfersIdReversalsError {}
#[cfg(feature = "transfer")]
/// Documented error responses of [`transfers().retrieve`](crate::resources::Transfers::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTransfersTransferError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer")]
impl runtime::ApiError for GetTransfersTransferError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "transfer")]
impl std::fmt::Display for GetTransfersTransferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer")]
impl std::error::Error for GetTransfersTransferError {}
#[cfg(feature = "transfer")]
/// Documented error responses of [`transfers().update`](crate::resources::Transfers::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTransfersTransferError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer")]
impl runtime::ApiError for PostTransfersTransferError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "transfer")]
impl std::fmt::Display for PostTransfersTransferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer")]
impl std::error::Error for PostTransfersTransferError {}
#[cfg(feature = "transfer_reversal")]
/// Documented error responses of [`transfers().reversals().retrieve`](crate::resources::TransfersReversals::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTransfersTransferReversalsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer_reversal")]
impl runtime::ApiError for GetTransfersTransferReversalsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::fmt::Display for GetTransfersTransferReversalsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::error::Error for GetTransfersTransferReversalsIdError {}
#[cfg(feature = "transfer_reversal")]
/// Documented error responses of [`transfers().reversals().update`](crate::resources::TransfersReversals::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostTransfersTransferReversalsIdError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer_reversal")]
impl runtime::ApiError for PostTransfersTransferReversalsIdError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::fmt::Display for PostTransfersTransferReversalsIdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::error::Error for PostTransfersTransferReversalsIdError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().list`](crate::resources::WebhookEndpoints::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetWebhookEndpointsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for GetWebhookEndpointsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::fmt::Display for GetWebhookEndpointsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for GetWebhookEndpointsError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().create`](crate::resources::WebhookEndpoints::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostWebhookEndpointsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for PostWebhookEndpointsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::fmt::Display for PostWebhookEndpointsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for PostWebhookEndpointsError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().retrieve`](crate::resources::WebhookEndpoints::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetWebhookEndpointsWebhookEndpointError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for GetWebhookEndpointsWebhookEndpointError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::fmt::Display for GetWebhookEndpointsWebhookEndpointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for GetWebhookEndpointsWebhookEndpointError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().update`](crate::resources::WebhookEndpoints::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostWebhookEndpointsWebhookEndpointError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for PostWebhookEndpointsWebhookEndpointError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::fmt::Display for PostWebhookEndpointsWebhookEndpointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for PostWebhookEndpointsWebhookEndpointError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().delete`](crate::resources::WebhookEndpoints::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteWebhookEndpointsWebhookEndpointError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for DeleteWebhookEndpointsWebhookEndpointError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
            body: runtime::decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        match self {
            Self::Other { status, .. } => *status,
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::fmt::Display for DeleteWebhookEndpointsWebhookEndpointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for DeleteWebhookEndpointsWebhookEndpointError {}
