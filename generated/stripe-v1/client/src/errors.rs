//! One error enum per operation, with a variant for each documented error response.
#[allow(unused_imports)]
use crate::models;
use crate::runtime;
#[cfg(feature = "three_d_secure")]
/// Documented error responses of [`three_d_secure().create`](crate::resources::ThreeDSecure::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ThreeDSecureCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "three_d_secure")]
impl runtime::ApiError for ThreeDSecureCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ThreeDSecureCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "three_d_secure")]
impl std::error::Error for ThreeDSecureCreateError {}
#[cfg(feature = "three_d_secure")]
/// Documented error responses of [`three_d_secure().retrieve`](crate::resources::ThreeDSecure::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ThreeDSecureRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "three_d_secure")]
impl runtime::ApiError for ThreeDSecureRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ThreeDSecureRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "three_d_secure")]
impl std::error::Error for ThreeDSecureRetrieveError {}
#[cfg(feature = "account")]
/// Documented error responses of [`account().retrieve`](crate::resources::Account::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountError {}
#[cfg(feature = "account")]
/// Documented error responses of [`account().update`](crate::resources::Account::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountUpdateError {}
#[cfg(feature = "account")]
/// Documented error responses of [`account().delete`](crate::resources::Account::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountDeleteError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().bank_accounts().create`](crate::resources::AccountBankAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountBankAccountCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountBankAccountCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountBankAccountCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountBankAccountCreateError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().bank_accounts().retrieve`](crate::resources::AccountBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountBankAccountRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountBankAccountRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountBankAccountRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountBankAccountRetrieveError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().bank_accounts().update`](crate::resources::AccountBankAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountBankAccountUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountBankAccountUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountBankAccountUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountBankAccountUpdateError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().bank_accounts().delete`](crate::resources::AccountBankAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountBankAccountDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountBankAccountDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountBankAccountDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountBankAccountDeleteError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`account().capabilities().list`](crate::resources::AccountCapabilities::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountCapabilityListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for AccountCapabilityListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountCapabilityListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for AccountCapabilityListError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`account().capabilities().retrieve`](crate::resources::AccountCapabilities::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountCapabilityRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for AccountCapabilityRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountCapabilityRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for AccountCapabilityRetrieveError {}
#[cfg(feature = "capability")]
/// Documented error responses of [`account().capabilities().update`](crate::resources::AccountCapabilities::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountCapabilityUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for AccountCapabilityUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountCapabilityUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for AccountCapabilityUpdateError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`account().external_accounts().list`](crate::resources::AccountExternalAccounts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for AccountExternalAccountListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for AccountExternalAccountListError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().external_accounts().create`](crate::resources::AccountExternalAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountExternalAccountCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountExternalAccountCreateError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().external_accounts().retrieve`](crate::resources::AccountExternalAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountExternalAccountRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountExternalAccountRetrieveError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().external_accounts().update`](crate::resources::AccountExternalAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountExternalAccountUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountExternalAccountUpdateError {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`account().external_accounts().delete`](crate::resources::AccountExternalAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountExternalAccountDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountExternalAccountDeleteError {}
#[cfg(feature = "login_link")]
/// Documented error responses of [`account().login_links`](crate::resources::Account::login_links).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountLoginLinksError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "login_link")]
impl runtime::ApiError for AccountLoginLinksError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountLoginLinksError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "login_link")]
impl std::error::Error for AccountLoginLinksError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().list`](crate::resources::AccountPeople::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleListError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().create`](crate::resources::AccountPeople::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleCreateError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().retrieve`](crate::resources::AccountPeople::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleRetrieveError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().update`](crate::resources::AccountPeople::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleUpdateError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().people().delete`](crate::resources::AccountPeople::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleDeleteError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().list`](crate::resources::AccountPersons::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonListError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().create`](crate::resources::AccountPersons::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonCreateError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().retrieve`](crate::resources::AccountPersons::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonRetrieveError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().update`](crate::resources::AccountPersons::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonUpdateError {}
#[cfg(feature = "person")]
/// Documented error responses of [`account().persons().delete`](crate::resources::AccountPersons::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonDeleteError {}
#[cfg(feature = "account_link")]
/// Documented error responses of [`account_links().create`](crate::resources::AccountLinks::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountLinkCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account_link")]
impl runtime::ApiError for AccountLinkCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountLinkCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account_link")]
impl std::error::Error for AccountLinkCreateError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().list`](crate::resources::Accounts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountListError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().create`](crate::resources::Accounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountCreateError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().retrieve`](crate::resources::Accounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountRetrieveError {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().update`](crate::resources::Accounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountUpdate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountUpdate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountUpdate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountUpdate2Error {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().delete`](crate::resources::Accounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountDelete2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountDelete2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountDelete2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountDelete2Error {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().bank_accounts().create`](crate::resources::AccountsBankAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountBankAccountCreate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountBankAccountCreate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountBankAccountCreate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountBankAccountCreate2Error {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().bank_accounts().retrieve`](crate::resources::AccountsBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountBankAccountRetrieve2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountBankAccountRetrieve2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountBankAccountRetrieve2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountBankAccountRetrieve2Error {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().bank_accounts().update`](crate::resources::AccountsBankAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountBankAccountUpdate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountBankAccountUpdate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountBankAccountUpdate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountBankAccountUpdate2Error {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().bank_accounts().delete`](crate::resources::AccountsBankAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountBankAccountDelete2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountBankAccountDelete2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountBankAccountDelete2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountBankAccountDelete2Error {}
#[cfg(feature = "capability")]
/// Documented error responses of [`accounts().capabilities().list`](crate::resources::AccountsCapabilities::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountCapabilityList2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for AccountCapabilityList2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountCapabilityList2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for AccountCapabilityList2Error {}
#[cfg(feature = "capability")]
/// Documented error responses of [`accounts().capabilities().retrieve`](crate::resources::AccountsCapabilities::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountCapabilityRetrieve2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for AccountCapabilityRetrieve2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountCapabilityRetrieve2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for AccountCapabilityRetrieve2Error {}
#[cfg(feature = "capability")]
/// Documented error responses of [`accounts().capabilities().update`](crate::resources::AccountsCapabilities::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountCapabilityUpdate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "capability")]
impl runtime::ApiError for AccountCapabilityUpdate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountCapabilityUpdate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "capability")]
impl std::error::Error for AccountCapabilityUpdate2Error {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`accounts().external_accounts().list`](crate::resources::AccountsExternalAccounts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountList2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for AccountExternalAccountList2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountList2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for AccountExternalAccountList2Error {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().external_accounts().create`](crate::resources::AccountsExternalAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountCreate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountExternalAccountCreate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountCreate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountExternalAccountCreate2Error {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().external_accounts().retrieve`](crate::resources::AccountsExternalAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountRetrieve2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountExternalAccountRetrieve2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountRetrieve2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountExternalAccountRetrieve2Error {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().external_accounts().update`](crate::resources::AccountsExternalAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountUpdate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountExternalAccountUpdate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountUpdate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountExternalAccountUpdate2Error {}
#[cfg(feature = "external_account")]
/// Documented error responses of [`accounts().external_accounts().delete`](crate::resources::AccountsExternalAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountExternalAccountDelete2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "external_account")]
impl runtime::ApiError for AccountExternalAccountDelete2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountExternalAccountDelete2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "external_account")]
impl std::error::Error for AccountExternalAccountDelete2Error {}
#[cfg(feature = "login_link")]
/// Documented error responses of [`accounts().login_links`](crate::resources::Accounts::login_links).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountLoginLinks2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "login_link")]
impl runtime::ApiError for AccountLoginLinks2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountLoginLinks2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "login_link")]
impl std::error::Error for AccountLoginLinks2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().list`](crate::resources::AccountsPeople::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleList2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleList2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleList2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleList2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().create`](crate::resources::AccountsPeople::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleCreate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleCreate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleCreate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleCreate2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().retrieve`](crate::resources::AccountsPeople::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleRetrieve2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleRetrieve2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleRetrieve2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleRetrieve2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().update`](crate::resources::AccountsPeople::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleUpdate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleUpdate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleUpdate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleUpdate2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().people().delete`](crate::resources::AccountsPeople::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPeopleDelete2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPeopleDelete2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPeopleDelete2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPeopleDelete2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().list`](crate::resources::AccountsPersons::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonList2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonList2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonList2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonList2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().create`](crate::resources::AccountsPersons::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonCreate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonCreate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonCreate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonCreate2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().retrieve`](crate::resources::AccountsPersons::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonRetrieve2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonRetrieve2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonRetrieve2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonRetrieve2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().update`](crate::resources::AccountsPersons::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonUpdate2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonUpdate2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonUpdate2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonUpdate2Error {}
#[cfg(feature = "person")]
/// Documented error responses of [`accounts().persons().delete`](crate::resources::AccountsPersons::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountPersonDelete2Error {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "person")]
impl runtime::ApiError for AccountPersonDelete2Error {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountPersonDelete2Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "person")]
impl std::error::Error for AccountPersonDelete2Error {}
#[cfg(feature = "account")]
/// Documented error responses of [`accounts().reject`](crate::resources::Accounts::reject).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AccountRejectError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "account")]
impl runtime::ApiError for AccountRejectError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for AccountRejectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "account")]
impl std::error::Error for AccountRejectError {}
#[cfg(feature = "apple_pay_domain")]
/// Documented error responses of [`apple_pay().domains().list`](crate::resources::ApplePayDomains::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplePayDomainListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "apple_pay_domain")]
impl runtime::ApiError for ApplePayDomainListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplePayDomainListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::error::Error for ApplePayDomainListError {}
#[cfg(feature = "apple_pay_domain")]
/// Documented error responses of [`apple_pay().domains().create`](crate::resources::ApplePayDomains::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplePayDomainCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "apple_pay_domain")]
impl runtime::ApiError for ApplePayDomainCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplePayDomainCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::error::Error for ApplePayDomainCreateError {}
#[cfg(feature = "apple_pay_domain")]
/// Documented error responses of [`apple_pay().domains().retrieve`](crate::resources::ApplePayDomains::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplePayDomainRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "apple_pay_domain")]
impl runtime::ApiError for ApplePayDomainRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplePayDomainRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::error::Error for ApplePayDomainRetrieveError {}
#[cfg(feature = "apple_pay_domain")]
/// Documented error responses of [`apple_pay().domains().delete`](crate::resources::ApplePayDomains::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplePayDomainDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "apple_pay_domain")]
impl runtime::ApiError for ApplePayDomainDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplePayDomainDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "apple_pay_domain")]
impl std::error::Error for ApplePayDomainDeleteError {}
#[cfg(feature = "application_fee")]
/// Documented error responses of [`application_fees().list`](crate::resources::ApplicationFees::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplicationFeeListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "application_fee")]
impl runtime::ApiError for ApplicationFeeListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplicationFeeListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::error::Error for ApplicationFeeListError {}
#[cfg(feature = "fee_refund")]
/// Documented error responses of [`application_fees().refunds().retrieve`](crate::resources::ApplicationFeesRefunds::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplicationFeeRefundRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "fee_refund")]
impl runtime::ApiError for ApplicationFeeRefundRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplicationFeeRefundRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::error::Error for ApplicationFeeRefundRetrieveError {}
#[cfg(feature = "fee_refund")]
/// Documented error responses of [`application_fees().refunds().update`](crate::resources::ApplicationFeesRefunds::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplicationFeeRefundUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "fee_refund")]
impl runtime::ApiError for ApplicationFeeRefundUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplicationFeeRefundUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::error::Error for ApplicationFeeRefundUpdateError {}
#[cfg(feature = "application_fee")]
/// Documented error responses of [`application_fees().retrieve`](crate::resources::ApplicationFees::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplicationFeeRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "application_fee")]
impl runtime::ApiError for ApplicationFeeRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplicationFeeRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::error::Error for ApplicationFeeRetrieveError {}
#[cfg(feature = "application_fee")]
/// Documented error responses of [`application_fees().refund`](crate::resources::ApplicationFees::refund).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplicationFeeRefundError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "application_fee")]
impl runtime::ApiError for ApplicationFeeRefundError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplicationFeeRefundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "application_fee")]
impl std::error::Error for ApplicationFeeRefundError {}
#[cfg(feature = "fee_refund")]
/// Documented error responses of [`application_fees().refunds().list`](crate::resources::ApplicationFeesRefunds::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplicationFeeRefundListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "fee_refund")]
impl runtime::ApiError for ApplicationFeeRefundListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplicationFeeRefundListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::error::Error for ApplicationFeeRefundListError {}
#[cfg(feature = "fee_refund")]
/// Documented error responses of [`application_fees().refunds().create`](crate::resources::ApplicationFeesRefunds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApplicationFeeRefundCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "fee_refund")]
impl runtime::ApiError for ApplicationFeeRefundCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ApplicationFeeRefundCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "fee_refund")]
impl std::error::Error for ApplicationFeeRefundCreateError {}
#[cfg(feature = "balance")]
/// Documented error responses of [`balance().retrieve`](crate::resources::Balance::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BalanceError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance")]
impl runtime::ApiError for BalanceError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BalanceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance")]
impl std::error::Error for BalanceError {}
#[cfg(feature = "balance_transaction")]
/// Documented error responses of [`balance().history().list`](crate::resources::BalanceHistory::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BalanceHistoryListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance_transaction")]
impl runtime::ApiError for BalanceHistoryListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BalanceHistoryListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::error::Error for BalanceHistoryListError {}
#[cfg(feature = "balance_transaction")]
/// Documented error responses of [`balance().history().retrieve`](crate::resources::BalanceHistory::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BalanceHistoryRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance_transaction")]
impl runtime::ApiError for BalanceHistoryRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BalanceHistoryRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::error::Error for BalanceHistoryRetrieveError {}
#[cfg(feature = "balance_transaction")]
/// Documented error responses of [`balance_transactions().list`](crate::resources::BalanceTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BalanceTransactionListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance_transaction")]
impl runtime::ApiError for BalanceTransactionListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BalanceTransactionListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::error::Error for BalanceTransactionListError {}
#[cfg(feature = "balance_transaction")]
/// Documented error responses of [`balance_transactions().retrieve`](crate::resources::BalanceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BalanceTransactionRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "balance_transaction")]
impl runtime::ApiError for BalanceTransactionRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BalanceTransactionRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "balance_transaction")]
impl std::error::Error for BalanceTransactionRetrieveError {}
#[cfg(feature = "billing_portal_configuration")]
/// Documented error responses of [`billing_portal().configurations().list`](crate::resources::BillingPortalConfigurations::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BillingPortalConfigurationListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_configuration")]
impl runtime::ApiError for BillingPortalConfigurationListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BillingPortalConfigurationListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::error::Error for BillingPortalConfigurationListError {}
#[cfg(feature = "billing_portal_configuration")]
/// Documented error responses of [`billing_portal().configurations().create`](crate::resources::BillingPortalConfigurations::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BillingPortalConfigurationCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_configuration")]
impl runtime::ApiError for BillingPortalConfigurationCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BillingPortalConfigurationCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::error::Error for BillingPortalConfigurationCreateError {}
#[cfg(feature = "billing_portal_configuration")]
/// Documented error responses of [`billing_portal().configurations().retrieve`](crate::resources::BillingPortalConfigurations::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BillingPortalConfigurationRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_configuration")]
impl runtime::ApiError for BillingPortalConfigurationRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BillingPortalConfigurationRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::error::Error for BillingPortalConfigurationRetrieveError {}
#[cfg(feature = "billing_portal_configuration")]
/// Documented error responses of [`billing_portal().configurations().update`](crate::resources::BillingPortalConfigurations::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BillingPortalConfigurationUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_configuration")]
impl runtime::ApiError for BillingPortalConfigurationUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BillingPortalConfigurationUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_configuration")]
impl std::error::Error for BillingPortalConfigurationUpdateError {}
#[cfg(feature = "billing_portal_session")]
/// Documented error responses of [`billing_portal().sessions().create`](crate::resources::BillingPortalSessions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BillingPortalSessionCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "billing_portal_session")]
impl runtime::ApiError for BillingPortalSessionCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BillingPortalSessionCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "billing_portal_session")]
impl std::error::Error for BillingPortalSessionCreateError {}
#[cfg(feature = "bitcoin_receiver")]
/// Documented error responses of [`bitcoin().receivers().list`](crate::resources::BitcoinReceivers::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BitcoinReceiverListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bitcoin_receiver")]
impl runtime::ApiError for BitcoinReceiverListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BitcoinReceiverListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bitcoin_receiver")]
impl std::error::Error for BitcoinReceiverListError {}
#[cfg(feature = "bitcoin_receiver")]
/// Documented error responses of [`bitcoin().receivers().retrieve`](crate::resources::BitcoinReceivers::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BitcoinReceiverRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bitcoin_receiver")]
impl runtime::ApiError for BitcoinReceiverRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BitcoinReceiverRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bitcoin_receiver")]
impl std::error::Error for BitcoinReceiverRetrieveError {}
#[cfg(feature = "bitcoin_transaction")]
/// Documented error responses of [`bitcoin().receivers().transactions`](crate::resources::BitcoinReceivers::transactions).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BitcoinReceiverTransactionsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bitcoin_transaction")]
impl runtime::ApiError for BitcoinReceiverTransactionsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BitcoinReceiverTransactionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bitcoin_transaction")]
impl std::error::Error for BitcoinReceiverTransactionsError {}
#[cfg(feature = "bitcoin_transaction")]
/// Documented error responses of [`bitcoin().transactions().list`](crate::resources::BitcoinTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BitcoinTransactionError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bitcoin_transaction")]
impl runtime::ApiError for BitcoinTransactionError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for BitcoinTransactionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bitcoin_transaction")]
impl std::error::Error for BitcoinTransactionError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().list`](crate::resources::Charges::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for ChargeListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for ChargeListError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().create`](crate::resources::Charges::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for ChargeCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for ChargeCreateError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().retrieve`](crate::resources::Charges::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for ChargeRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for ChargeRetrieveError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().update`](crate::resources::Charges::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for ChargeUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for ChargeUpdateError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().capture`](crate::resources::Charges::capture).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeCaptureError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for ChargeCaptureError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeCaptureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for ChargeCaptureError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`charges().dispute().retrieve`](crate::resources::ChargesDispute::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeDisputeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for ChargeDisputeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeDisputeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for ChargeDisputeError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`charges().dispute().update`](crate::resources::ChargesDispute::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeDisputeUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for ChargeDisputeUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeDisputeUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for ChargeDisputeUpdateError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`charges().dispute().close`](crate::resources::ChargesDispute::close).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeDisputeCloseError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for ChargeDisputeCloseError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeDisputeCloseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for ChargeDisputeCloseError {}
#[cfg(feature = "charge")]
/// Documented error responses of [`charges().refund`](crate::resources::Charges::refund).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeRefundError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "charge")]
impl runtime::ApiError for ChargeRefundError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeRefundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "charge")]
impl std::error::Error for ChargeRefundError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`charges().refunds().list`](crate::resources::ChargesRefunds::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeRefundListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for ChargeRefundListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeRefundListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for ChargeRefundListError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`charges().refunds().create`](crate::resources::ChargesRefunds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeRefundCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for ChargeRefundCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeRefundCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for ChargeRefundCreateError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`charges().refunds().retrieve`](crate::resources::ChargesRefunds::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeRefundRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for ChargeRefundRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeRefundRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for ChargeRefundRetrieveError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`charges().refunds().update`](crate::resources::ChargesRefunds::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ChargeRefundUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for ChargeRefundUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ChargeRefundUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for ChargeRefundUpdateError {}
#[cfg(feature = "checkout_session")]
/// Documented error responses of [`checkout().sessions().list`](crate::resources::CheckoutSessions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "checkout_session")]
impl runtime::ApiError for CheckoutSessionListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CheckoutSessionListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::error::Error for CheckoutSessionListError {}
#[cfg(feature = "checkout_session")]
/// Documented error responses of [`checkout().sessions().create`](crate::resources::CheckoutSessions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "checkout_session")]
impl runtime::ApiError for CheckoutSessionCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CheckoutSessionCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::error::Error for CheckoutSessionCreateError {}
#[cfg(feature = "checkout_session")]
/// Documented error responses of [`checkout().sessions().retrieve`](crate::resources::CheckoutSessions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "checkout_session")]
impl runtime::ApiError for CheckoutSessionRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CheckoutSessionRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "checkout_session")]
impl std::error::Error for CheckoutSessionRetrieveError {}
#[cfg(feature = "item")]
/// Documented error responses of [`checkout().sessions().line_items`](crate::resources::CheckoutSessions::line_items).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionLineItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "item")]
impl runtime::ApiError for CheckoutSessionLineItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CheckoutSessionLineItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "item")]
impl std::error::Error for CheckoutSessionLineItemsError {}
#[cfg(feature = "country_spec")]
/// Documented error responses of [`country_specs().list`](crate::resources::CountrySpecs::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CountrySpecListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "country_spec")]
impl runtime::ApiError for CountrySpecListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CountrySpecListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "country_spec")]
impl std::error::Error for CountrySpecListError {}
#[cfg(feature = "country_spec")]
/// Documented error responses of [`country_specs().retrieve`](crate::resources::CountrySpecs::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CountrySpecRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "country_spec")]
impl runtime::ApiError for CountrySpecRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CountrySpecRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "country_spec")]
impl std::error::Error for CountrySpecRetrieveError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().list`](crate::resources::Coupons::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CouponListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for CouponListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CouponListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for CouponListError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().create`](crate::resources::Coupons::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CouponCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for CouponCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CouponCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for CouponCreateError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().retrieve`](crate::resources::Coupons::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CouponRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for CouponRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CouponRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for CouponRetrieveError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().update`](crate::resources::Coupons::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CouponUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for CouponUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CouponUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for CouponUpdateError {}
#[cfg(feature = "coupon")]
/// Documented error responses of [`coupons().delete`](crate::resources::Coupons::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CouponDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "coupon")]
impl runtime::ApiError for CouponDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CouponDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "coupon")]
impl std::error::Error for CouponDeleteError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().list`](crate::resources::CreditNotes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreditNoteListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for CreditNoteListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CreditNoteListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for CreditNoteListError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().create`](crate::resources::CreditNotes::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreditNoteCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for CreditNoteCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CreditNoteCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for CreditNoteCreateError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().preview().retrieve`](crate::resources::CreditNotesPreview::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreditNotePreviewError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for CreditNotePreviewError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CreditNotePreviewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for CreditNotePreviewError {}
#[cfg(feature = "credit_note_line_item")]
/// Documented error responses of [`credit_notes().preview().lines`](crate::resources::CreditNotesPreview::lines).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreditNotePreviewLinesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note_line_item")]
impl runtime::ApiError for CreditNotePreviewLinesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CreditNotePreviewLinesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note_line_item")]
impl std::error::Error for CreditNotePreviewLinesError {}
#[cfg(feature = "credit_note_line_item")]
/// Documented error responses of [`credit_notes().lines`](crate::resources::CreditNotes::lines).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreditNoteLinesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note_line_item")]
impl runtime::ApiError for CreditNoteLinesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CreditNoteLinesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note_line_item")]
impl std::error::Error for CreditNoteLinesError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().retrieve`](crate::resources::CreditNotes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreditNoteRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for CreditNoteRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CreditNoteRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for CreditNoteRetrieveError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().update`](crate::resources::CreditNotes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreditNoteUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for CreditNoteUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CreditNoteUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for CreditNoteUpdateError {}
#[cfg(feature = "credit_note")]
/// Documented error responses of [`credit_notes().void`](crate::resources::CreditNotes::void).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreditNoteVoidError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "credit_note")]
impl runtime::ApiError for CreditNoteVoidError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CreditNoteVoidError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "credit_note")]
impl std::error::Error for CreditNoteVoidError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().list`](crate::resources::Customers::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for CustomerListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for CustomerListError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().create`](crate::resources::Customers::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for CustomerCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for CustomerCreateError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().retrieve`](crate::resources::Customers::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for CustomerRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for CustomerRetrieveError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().update`](crate::resources::Customers::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for CustomerUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for CustomerUpdateError {}
#[cfg(feature = "customer")]
/// Documented error responses of [`customers().delete`](crate::resources::Customers::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer")]
impl runtime::ApiError for CustomerDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer")]
impl std::error::Error for CustomerDeleteError {}
#[cfg(feature = "customer_balance_transaction")]
/// Documented error responses of [`customers().balance_transactions().list`](crate::resources::CustomersBalanceTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBalanceTransactionListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer_balance_transaction")]
impl runtime::ApiError for CustomerBalanceTransactionListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBalanceTransactionListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::error::Error for CustomerBalanceTransactionListError {}
#[cfg(feature = "customer_balance_transaction")]
/// Documented error responses of [`customers().balance_transactions().create`](crate::resources::CustomersBalanceTransactions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBalanceTransactionCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer_balance_transaction")]
impl runtime::ApiError for CustomerBalanceTransactionCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBalanceTransactionCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::error::Error for CustomerBalanceTransactionCreateError {}
#[cfg(feature = "customer_balance_transaction")]
/// Documented error responses of [`customers().balance_transactions().retrieve`](crate::resources::CustomersBalanceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBalanceTransactionRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer_balance_transaction")]
impl runtime::ApiError for CustomerBalanceTransactionRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBalanceTransactionRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::error::Error for CustomerBalanceTransactionRetrieveError {}
#[cfg(feature = "customer_balance_transaction")]
/// Documented error responses of [`customers().balance_transactions().update`](crate::resources::CustomersBalanceTransactions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBalanceTransactionUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "customer_balance_transaction")]
impl runtime::ApiError for CustomerBalanceTransactionUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBalanceTransactionUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "customer_balance_transaction")]
impl std::error::Error for CustomerBalanceTransactionUpdateError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`customers().bank_accounts().list`](crate::resources::CustomersBankAccounts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBankAccountListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for CustomerBankAccountListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBankAccountListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for CustomerBankAccountListError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().bank_accounts().create`](crate::resources::CustomersBankAccounts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBankAccountCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for CustomerBankAccountCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBankAccountCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for CustomerBankAccountCreateError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`customers().bank_accounts().retrieve`](crate::resources::CustomersBankAccounts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBankAccountRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for CustomerBankAccountRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBankAccountRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for CustomerBankAccountRetrieveError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().bank_accounts().update`](crate::resources::CustomersBankAccounts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBankAccountUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for CustomerBankAccountUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBankAccountUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for CustomerBankAccountUpdateError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().bank_accounts().delete`](crate::resources::CustomersBankAccounts::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBankAccountDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for CustomerBankAccountDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBankAccountDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for CustomerBankAccountDeleteError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`customers().bank_accounts().verify`](crate::resources::CustomersBankAccounts::verify).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerBankAccountVerifyError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for CustomerBankAccountVerifyError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerBankAccountVerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for CustomerBankAccountVerifyError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().cards().list`](crate::resources::CustomersCards::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCardListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for CustomerCardListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerCardListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for CustomerCardListError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().cards().create`](crate::resources::CustomersCards::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCardCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for CustomerCardCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerCardCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for CustomerCardCreateError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().cards().retrieve`](crate::resources::CustomersCards::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCardRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for CustomerCardRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerCardRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for CustomerCardRetrieveError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().cards().update`](crate::resources::CustomersCards::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCardUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for CustomerCardUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerCardUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for CustomerCardUpdateError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().cards().delete`](crate::resources::CustomersCards::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCardDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for CustomerCardDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerCardDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for CustomerCardDeleteError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`customers().discount().retrieve`](crate::resources::CustomersDiscount::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerDiscountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError for CustomerDiscountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerDiscountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error for CustomerDiscountError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`customers().discount().delete`](crate::resources::CustomersDiscount::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerDiscountDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError for CustomerDiscountDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerDiscountDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error for CustomerDiscountDeleteError {}
#[cfg(feature = "alipay_account")]
/// Documented error responses of [`customers().sources().list`](crate::resources::CustomersSources::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSourceListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "alipay_account")]
impl runtime::ApiError for CustomerSourceListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSourceListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "alipay_account")]
impl std::error::Error for CustomerSourceListError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().sources().create`](crate::resources::CustomersSources::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSourceCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for CustomerSourceCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSourceCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for CustomerSourceCreateError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().sources().retrieve`](crate::resources::CustomersSources::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSourceRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for CustomerSourceRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSourceRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for CustomerSourceRetrieveError {}
#[cfg(feature = "card")]
/// Documented error responses of [`customers().sources().update`](crate::resources::CustomersSources::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSourceUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "card")]
impl runtime::ApiError for CustomerSourceUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSourceUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "card")]
impl std::error::Error for CustomerSourceUpdateError {}
#[cfg(feature = "payment_source")]
/// Documented error responses of [`customers().sources().delete`](crate::resources::CustomersSources::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSourceDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_source")]
impl runtime::ApiError for CustomerSourceDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSourceDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_source")]
impl std::error::Error for CustomerSourceDeleteError {}
#[cfg(feature = "bank_account")]
/// Documented error responses of [`customers().sources().verify`](crate::resources::CustomersSources::verify).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSourceVerifyError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "bank_account")]
impl runtime::ApiError for CustomerSourceVerifyError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSourceVerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "bank_account")]
impl std::error::Error for CustomerSourceVerifyError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().list`](crate::resources::CustomersSubscriptions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSubscriptionListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for CustomerSubscriptionListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSubscriptionListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for CustomerSubscriptionListError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().create`](crate::resources::CustomersSubscriptions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSubscriptionCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for CustomerSubscriptionCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSubscriptionCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for CustomerSubscriptionCreateError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().retrieve`](crate::resources::CustomersSubscriptions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSubscriptionRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for CustomerSubscriptionRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSubscriptionRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for CustomerSubscriptionRetrieveError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().update`](crate::resources::CustomersSubscriptions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSubscriptionUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for CustomerSubscriptionUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSubscriptionUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for CustomerSubscriptionUpdateError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`customers().subscriptions().delete`](crate::resources::CustomersSubscriptions::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSubscriptionDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for CustomerSubscriptionDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSubscriptionDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for CustomerSubscriptionDeleteError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`customers().subscriptions().discount().retrieve`](crate::resources::CustomersSubscriptionsDiscount::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSubscriptionDiscountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError for CustomerSubscriptionDiscountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSubscriptionDiscountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error for CustomerSubscriptionDiscountError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`customers().subscriptions().discount().delete`](crate::resources::CustomersSubscriptionsDiscount::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerSubscriptionDiscountDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError for CustomerSubscriptionDiscountDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerSubscriptionDiscountDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error for CustomerSubscriptionDiscountDeleteError {}
#[cfg(feature = "tax_id")]
/// Documented error responses of [`customers().tax_ids().list`](crate::resources::CustomersTaxIds::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerTaxIdListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_id")]
impl runtime::ApiError for CustomerTaxIdListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerTaxIdListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::error::Error for CustomerTaxIdListError {}
#[cfg(feature = "tax_id")]
/// Documented error responses of [`customers().tax_ids().create`](crate::resources::CustomersTaxIds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerTaxIdCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_id")]
impl runtime::ApiError for CustomerTaxIdCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerTaxIdCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::error::Error for CustomerTaxIdCreateError {}
#[cfg(feature = "tax_id")]
/// Documented error responses of [`customers().tax_ids().retrieve`](crate::resources::CustomersTaxIds::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerTaxIdRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_id")]
impl runtime::ApiError for CustomerTaxIdRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerTaxIdRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::error::Error for CustomerTaxIdRetrieveError {}
#[cfg(feature = "tax_id")]
/// Documented error responses of [`customers().tax_ids().delete`](crate::resources::CustomersTaxIds::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerTaxIdDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_id")]
impl runtime::ApiError for CustomerTaxIdDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for CustomerTaxIdDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_id")]
impl std::error::Error for CustomerTaxIdDeleteError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`disputes().list`](crate::resources::Disputes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DisputeListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for DisputeListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for DisputeListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for DisputeListError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`disputes().retrieve`](crate::resources::Disputes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DisputeRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for DisputeRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for DisputeRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for DisputeRetrieveError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`disputes().update`](crate::resources::Disputes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DisputeUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for DisputeUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for DisputeUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for DisputeUpdateError {}
#[cfg(feature = "dispute")]
/// Documented error responses of [`disputes().close`](crate::resources::Disputes::close).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DisputeCloseError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "dispute")]
impl runtime::ApiError for DisputeCloseError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for DisputeCloseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "dispute")]
impl std::error::Error for DisputeCloseError {}
#[cfg(feature = "ephemeral_key")]
/// Documented error responses of [`ephemeral_keys().create`](crate::resources::EphemeralKeys::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EphemeralKeyCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "ephemeral_key")]
impl runtime::ApiError for EphemeralKeyCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for EphemeralKeyCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "ephemeral_key")]
impl std::error::Error for EphemeralKeyCreateError {}
#[cfg(feature = "ephemeral_key")]
/// Documented error responses of [`ephemeral_keys().delete`](crate::resources::EphemeralKeys::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EphemeralKeyDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "ephemeral_key")]
impl runtime::ApiError for EphemeralKeyDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for EphemeralKeyDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "ephemeral_key")]
impl std::error::Error for EphemeralKeyDeleteError {}
#[cfg(feature = "event")]
/// Documented error responses of [`events().list`](crate::resources::Events::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EventListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "event")]
impl runtime::ApiError for EventListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for EventListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "event")]
impl std::error::Error for EventListError {}
#[cfg(feature = "event")]
/// Documented error responses of [`events().retrieve`](crate::resources::Events::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EventRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "event")]
impl runtime::ApiError for EventRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for EventRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "event")]
impl std::error::Error for EventRetrieveError {}
#[cfg(feature = "exchange_rate")]
/// Documented error responses of [`exchange_rates().list`](crate::resources::ExchangeRates::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ExchangeRateListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "exchange_rate")]
impl runtime::ApiError for ExchangeRateListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ExchangeRateListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "exchange_rate")]
impl std::error::Error for ExchangeRateListError {}
#[cfg(feature = "exchange_rate")]
/// Documented error responses of [`exchange_rates().retrieve`](crate::resources::ExchangeRates::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ExchangeRateRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "exchange_rate")]
impl runtime::ApiError for ExchangeRateRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ExchangeRateRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "exchange_rate")]
impl std::error::Error for ExchangeRateRetrieveError {}
#[cfg(feature = "file_link")]
/// Documented error responses of [`file_links().list`](crate::resources::FileLinks::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FileLinkListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file_link")]
impl runtime::ApiError for FileLinkListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for FileLinkListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file_link")]
impl std::error::Error for FileLinkListError {}
#[cfg(feature = "file_link")]
/// Documented error responses of [`file_links().create`](crate::resources::FileLinks::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FileLinkCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file_link")]
impl runtime::ApiError for FileLinkCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for FileLinkCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file_link")]
impl std::error::Error for FileLinkCreateError {}
#[cfg(feature = "file_link")]
/// Documented error responses of [`file_links().retrieve`](crate::resources::FileLinks::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FileLinkRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file_link")]
impl runtime::ApiError for FileLinkRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for FileLinkRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file_link")]
impl std::error::Error for FileLinkRetrieveError {}
#[cfg(feature = "file_link")]
/// Documented error responses of [`file_links().update`](crate::resources::FileLinks::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FileLinkUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file_link")]
impl runtime::ApiError for FileLinkUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for FileLinkUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file_link")]
impl std::error::Error for FileLinkUpdateError {}
#[cfg(feature = "file")]
/// Documented error responses of [`files().list`](crate::resources::Files::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FileListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file")]
impl runtime::ApiError for FileListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for FileListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file")]
impl std::error::Error for FileListError {}
#[cfg(feature = "file")]
/// Documented error responses of [`files().create`](crate::resources::Files::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FileCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file")]
impl runtime::ApiError for FileCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for FileCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file")]
impl std::error::Error for FileCreateError {}
#[cfg(feature = "file")]
/// Documented error responses of [`files().retrieve`](crate::resources::Files::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FileRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "file")]
impl runtime::ApiError for FileRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for FileRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "file")]
impl std::error::Error for FileRetrieveError {}
#[cfg(feature = "identity_verification_report")]
/// Documented error responses of [`identity().verification_reports().list`](crate::resources::IdentityVerificationReports::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityVerificationReportListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_report")]
impl runtime::ApiError for IdentityVerificationReportListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IdentityVerificationReportListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_report")]
impl std::error::Error for IdentityVerificationReportListError {}
#[cfg(feature = "identity_verification_report")]
/// Documented error responses of [`identity().verification_reports().retrieve`](crate::resources::IdentityVerificationReports::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityVerificationReportRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_report")]
impl runtime::ApiError for IdentityVerificationReportRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IdentityVerificationReportRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_report")]
impl std::error::Error for IdentityVerificationReportRetrieveError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().list`](crate::resources::IdentityVerificationSessions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityVerificationSessionListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for IdentityVerificationSessionListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IdentityVerificationSessionListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for IdentityVerificationSessionListError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().create`](crate::resources::IdentityVerificationSessions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityVerificationSessionCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for IdentityVerificationSessionCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IdentityVerificationSessionCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for IdentityVerificationSessionCreateError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().retrieve`](crate::resources::IdentityVerificationSessions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityVerificationSessionRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for IdentityVerificationSessionRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IdentityVerificationSessionRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for IdentityVerificationSessionRetrieveError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().update`](crate::resources::IdentityVerificationSessions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityVerificationSessionUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for IdentityVerificationSessionUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IdentityVerificationSessionUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for IdentityVerificationSessionUpdateError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().cancel`](crate::resources::IdentityVerificationSessions::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityVerificationSessionCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for IdentityVerificationSessionCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IdentityVerificationSessionCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for IdentityVerificationSessionCancelError {}
#[cfg(feature = "identity_verification_session")]
/// Documented error responses of [`identity().verification_sessions().redact`](crate::resources::IdentityVerificationSessions::redact).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IdentityVerificationSessionRedactError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "identity_verification_session")]
impl runtime::ApiError for IdentityVerificationSessionRedactError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IdentityVerificationSessionRedactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "identity_verification_session")]
impl std::error::Error for IdentityVerificationSessionRedactError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().list`](crate::resources::Invoiceitems::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceitemListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for InvoiceitemListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceitemListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for InvoiceitemListError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().create`](crate::resources::Invoiceitems::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceitemCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for InvoiceitemCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceitemCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for InvoiceitemCreateError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().retrieve`](crate::resources::Invoiceitems::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceitemRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for InvoiceitemRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceitemRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for InvoiceitemRetrieveError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().update`](crate::resources::Invoiceitems::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceitemUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for InvoiceitemUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceitemUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for InvoiceitemUpdateError {}
#[cfg(feature = "invoiceitem")]
/// Documented error responses of [`invoiceitems().delete`](crate::resources::Invoiceitems::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceitemDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoiceitem")]
impl runtime::ApiError for InvoiceitemDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceitemDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoiceitem")]
impl std::error::Error for InvoiceitemDeleteError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().list`](crate::resources::Invoices::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceListError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().create`](crate::resources::Invoices::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceCreateError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().upcoming().retrieve`](crate::resources::InvoicesUpcoming::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceUpcomingError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceUpcomingError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceUpcomingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceUpcomingError {}
#[cfg(feature = "line_item")]
/// Documented error responses of [`invoices().upcoming().lines`](crate::resources::InvoicesUpcoming::lines).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceUpcomingLinesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "line_item")]
impl runtime::ApiError for InvoiceUpcomingLinesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceUpcomingLinesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "line_item")]
impl std::error::Error for InvoiceUpcomingLinesError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().retrieve`](crate::resources::Invoices::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceRetrieveError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().update`](crate::resources::Invoices::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceUpdateError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().delete`](crate::resources::Invoices::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceDeleteError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().finalize`](crate::resources::Invoices::finalize).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceFinalizeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceFinalizeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceFinalizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceFinalizeError {}
#[cfg(feature = "line_item")]
/// Documented error responses of [`invoices().lines`](crate::resources::Invoices::lines).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceLinesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "line_item")]
impl runtime::ApiError for InvoiceLinesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceLinesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "line_item")]
impl std::error::Error for InvoiceLinesError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().mark_uncollectible`](crate::resources::Invoices::mark_uncollectible).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceMarkUncollectibleError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceMarkUncollectibleError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceMarkUncollectibleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceMarkUncollectibleError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().pay`](crate::resources::Invoices::pay).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoicePayError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoicePayError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoicePayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoicePayError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().send`](crate::resources::Invoices::send).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceSendError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceSendError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceSendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceSendError {}
#[cfg(feature = "invoice")]
/// Documented error responses of [`invoices().void`](crate::resources::Invoices::void).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum InvoiceVoidError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "invoice")]
impl runtime::ApiError for InvoiceVoidError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for InvoiceVoidError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "invoice")]
impl std::error::Error for InvoiceVoidError {}
#[cfg(feature = "issuer_fraud_record")]
/// Documented error responses of [`issuer_fraud_records().list`](crate::resources::IssuerFraudRecords::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuerFraudRecordListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuer_fraud_record")]
impl runtime::ApiError for IssuerFraudRecordListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuerFraudRecordListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuer_fraud_record")]
impl std::error::Error for IssuerFraudRecordListError {}
#[cfg(feature = "issuer_fraud_record")]
/// Documented error responses of [`issuer_fraud_records().retrieve`](crate::resources::IssuerFraudRecords::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuerFraudRecordRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuer_fraud_record")]
impl runtime::ApiError for IssuerFraudRecordRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuerFraudRecordRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuer_fraud_record")]
impl std::error::Error for IssuerFraudRecordRetrieveError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().list`](crate::resources::IssuingAuthorizations::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingAuthorizationListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for IssuingAuthorizationListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingAuthorizationListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for IssuingAuthorizationListError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().retrieve`](crate::resources::IssuingAuthorizations::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingAuthorizationRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for IssuingAuthorizationRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingAuthorizationRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for IssuingAuthorizationRetrieveError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().update`](crate::resources::IssuingAuthorizations::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingAuthorizationUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for IssuingAuthorizationUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingAuthorizationUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for IssuingAuthorizationUpdateError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().approve`](crate::resources::IssuingAuthorizations::approve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingAuthorizationApproveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for IssuingAuthorizationApproveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingAuthorizationApproveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for IssuingAuthorizationApproveError {}
#[cfg(feature = "issuing_authorization")]
/// Documented error responses of [`issuing().authorizations().decline`](crate::resources::IssuingAuthorizations::decline).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingAuthorizationDeclineError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_authorization")]
impl runtime::ApiError for IssuingAuthorizationDeclineError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingAuthorizationDeclineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_authorization")]
impl std::error::Error for IssuingAuthorizationDeclineError {}
#[cfg(feature = "issuing_cardholder")]
/// Documented error responses of [`issuing().cardholders().list`](crate::resources::IssuingCardholders::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingCardholderListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_cardholder")]
impl runtime::ApiError for IssuingCardholderListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingCardholderListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::error::Error for IssuingCardholderListError {}
#[cfg(feature = "issuing_cardholder")]
/// Documented error responses of [`issuing().cardholders().create`](crate::resources::IssuingCardholders::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingCardholderCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_cardholder")]
impl runtime::ApiError for IssuingCardholderCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingCardholderCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::error::Error for IssuingCardholderCreateError {}
#[cfg(feature = "issuing_cardholder")]
/// Documented error responses of [`issuing().cardholders().retrieve`](crate::resources::IssuingCardholders::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingCardholderRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_cardholder")]
impl runtime::ApiError for IssuingCardholderRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingCardholderRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::error::Error for IssuingCardholderRetrieveError {}
#[cfg(feature = "issuing_cardholder")]
/// Documented error responses of [`issuing().cardholders().update`](crate::resources::IssuingCardholders::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingCardholderUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_cardholder")]
impl runtime::ApiError for IssuingCardholderUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingCardholderUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_cardholder")]
impl std::error::Error for IssuingCardholderUpdateError {}
#[cfg(feature = "issuing_card")]
/// Documented error responses of [`issuing().cards().list`](crate::resources::IssuingCards::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingCardListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_card")]
impl runtime::ApiError for IssuingCardListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingCardListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::error::Error for IssuingCardListError {}
#[cfg(feature = "issuing_card")]
/// Documented error responses of [`issuing().cards().create`](crate::resources::IssuingCards::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingCardCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_card")]
impl runtime::ApiError for IssuingCardCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingCardCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::error::Error for IssuingCardCreateError {}
#[cfg(feature = "issuing_card")]
/// Documented error responses of [`issuing().cards().retrieve`](crate::resources::IssuingCards::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingCardRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_card")]
impl runtime::ApiError for IssuingCardRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingCardRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::error::Error for IssuingCardRetrieveError {}
#[cfg(feature = "issuing_card")]
/// Documented error responses of [`issuing().cards().update`](crate::resources::IssuingCards::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingCardUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_card")]
impl runtime::ApiError for IssuingCardUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingCardUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_card")]
impl std::error::Error for IssuingCardUpdateError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().list`](crate::resources::IssuingDisputes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingDisputeListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for IssuingDisputeListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingDisputeListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for IssuingDisputeListError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().create`](crate::resources::IssuingDisputes::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingDisputeCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for IssuingDisputeCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingDisputeCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for IssuingDisputeCreateError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().retrieve`](crate::resources::IssuingDisputes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingDisputeRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for IssuingDisputeRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingDisputeRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for IssuingDisputeRetrieveError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().update`](crate::resources::IssuingDisputes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingDisputeUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for IssuingDisputeUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingDisputeUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for IssuingDisputeUpdateError {}
#[cfg(feature = "issuing_dispute")]
/// Documented error responses of [`issuing().disputes().submit`](crate::resources::IssuingDisputes::submit).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingDisputeSubmitError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_dispute")]
impl runtime::ApiError for IssuingDisputeSubmitError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingDisputeSubmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_dispute")]
impl std::error::Error for IssuingDisputeSubmitError {}
#[cfg(feature = "issuing_settlement")]
/// Documented error responses of [`issuing().settlements().list`](crate::resources::IssuingSettlements::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingSettlementListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_settlement")]
impl runtime::ApiError for IssuingSettlementListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingSettlementListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::error::Error for IssuingSettlementListError {}
#[cfg(feature = "issuing_settlement")]
/// Documented error responses of [`issuing().settlements().retrieve`](crate::resources::IssuingSettlements::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingSettlementRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_settlement")]
impl runtime::ApiError for IssuingSettlementRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingSettlementRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::error::Error for IssuingSettlementRetrieveError {}
#[cfg(feature = "issuing_settlement")]
/// Documented error responses of [`issuing().settlements().update`](crate::resources::IssuingSettlements::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingSettlementUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_settlement")]
impl runtime::ApiError for IssuingSettlementUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingSettlementUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_settlement")]
impl std::error::Error for IssuingSettlementUpdateError {}
#[cfg(feature = "issuing_transaction")]
/// Documented error responses of [`issuing().transactions().list`](crate::resources::IssuingTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingTransactionListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_transaction")]
impl runtime::ApiError for IssuingTransactionListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingTransactionListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::error::Error for IssuingTransactionListError {}
#[cfg(feature = "issuing_transaction")]
/// Documented error responses of [`issuing().transactions().retrieve`](crate::resources::IssuingTransactions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingTransactionRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_transaction")]
impl runtime::ApiError for IssuingTransactionRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingTransactionRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::error::Error for IssuingTransactionRetrieveError {}
#[cfg(feature = "issuing_transaction")]
/// Documented error responses of [`issuing().transactions().update`](crate::resources::IssuingTransactions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuingTransactionUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "issuing_transaction")]
impl runtime::ApiError for IssuingTransactionUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for IssuingTransactionUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "issuing_transaction")]
impl std::error::Error for IssuingTransactionUpdateError {}
#[cfg(feature = "mandate")]
/// Documented error responses of [`mandates().retrieve`](crate::resources::Mandates::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum MandateRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "mandate")]
impl runtime::ApiError for MandateRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for MandateRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "mandate")]
impl std::error::Error for MandateRetrieveError {}
#[cfg(feature = "order_return")]
/// Documented error responses of [`order_returns().list`](crate::resources::OrderReturns::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrderReturnListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order_return")]
impl runtime::ApiError for OrderReturnListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for OrderReturnListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order_return")]
impl std::error::Error for OrderReturnListError {}
#[cfg(feature = "order_return")]
/// Documented error responses of [`order_returns().retrieve`](crate::resources::OrderReturns::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrderReturnRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order_return")]
impl runtime::ApiError for OrderReturnRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for OrderReturnRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order_return")]
impl std::error::Error for OrderReturnRetrieveError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().list`](crate::resources::Orders::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrderListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for OrderListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for OrderListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for OrderListError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().create`](crate::resources::Orders::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrderCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for OrderCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for OrderCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for OrderCreateError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().retrieve`](crate::resources::Orders::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrderRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for OrderRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for OrderRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for OrderRetrieveError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().update`](crate::resources::Orders::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrderUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for OrderUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for OrderUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for OrderUpdateError {}
#[cfg(feature = "order")]
/// Documented error responses of [`orders().pay`](crate::resources::Orders::pay).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrderPayError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order")]
impl runtime::ApiError for OrderPayError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for OrderPayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order")]
impl std::error::Error for OrderPayError {}
#[cfg(feature = "order_return")]
/// Documented error responses of [`orders().returns`](crate::resources::Orders::returns).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrderReturnsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "order_return")]
impl runtime::ApiError for OrderReturnsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for OrderReturnsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "order_return")]
impl std::error::Error for OrderReturnsError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().list`](crate::resources::PaymentIntents::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentIntentListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PaymentIntentListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentIntentListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PaymentIntentListError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().create`](crate::resources::PaymentIntents::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentIntentCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PaymentIntentCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentIntentCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PaymentIntentCreateError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().retrieve`](crate::resources::PaymentIntents::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentIntentRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PaymentIntentRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentIntentRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PaymentIntentRetrieveError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().update`](crate::resources::PaymentIntents::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentIntentUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PaymentIntentUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentIntentUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PaymentIntentUpdateError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().cancel`](crate::resources::PaymentIntents::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentIntentCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PaymentIntentCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentIntentCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PaymentIntentCancelError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().capture`](crate::resources::PaymentIntents::capture).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentIntentCaptureError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PaymentIntentCaptureError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentIntentCaptureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PaymentIntentCaptureError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`payment_intents().confirm`](crate::resources::PaymentIntents::confirm).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentIntentConfirmError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for PaymentIntentConfirmError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentIntentConfirmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for PaymentIntentConfirmError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().list`](crate::resources::PaymentMethods::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PaymentMethodListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentMethodListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PaymentMethodListError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().create`](crate::resources::PaymentMethods::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PaymentMethodCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentMethodCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PaymentMethodCreateError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().retrieve`](crate::resources::PaymentMethods::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PaymentMethodRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentMethodRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PaymentMethodRetrieveError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().update`](crate::resources::PaymentMethods::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PaymentMethodUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentMethodUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PaymentMethodUpdateError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().attach`](crate::resources::PaymentMethods::attach).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodAttachError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PaymentMethodAttachError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentMethodAttachError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PaymentMethodAttachError {}
#[cfg(feature = "payment_method")]
/// Documented error responses of [`payment_methods().detach`](crate::resources::PaymentMethods::detach).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodDetachError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_method")]
impl runtime::ApiError for PaymentMethodDetachError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PaymentMethodDetachError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_method")]
impl std::error::Error for PaymentMethodDetachError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().list`](crate::resources::Payouts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PayoutListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PayoutListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PayoutListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PayoutListError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().create`](crate::resources::Payouts::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PayoutCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PayoutCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PayoutCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PayoutCreateError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().retrieve`](crate::resources::Payouts::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PayoutRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PayoutRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PayoutRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PayoutRetrieveError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().update`](crate::resources::Payouts::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PayoutUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PayoutUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PayoutUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PayoutUpdateError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().cancel`](crate::resources::Payouts::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PayoutCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PayoutCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PayoutCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PayoutCancelError {}
#[cfg(feature = "payout")]
/// Documented error responses of [`payouts().reverse`](crate::resources::Payouts::reverse).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PayoutReverseError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payout")]
impl runtime::ApiError for PayoutReverseError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PayoutReverseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payout")]
impl std::error::Error for PayoutReverseError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().list`](crate::resources::Plans::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PlanListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for PlanListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PlanListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for PlanListError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().create`](crate::resources::Plans::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PlanCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for PlanCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PlanCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for PlanCreateError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().retrieve`](crate::resources::Plans::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PlanRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for PlanRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PlanRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for PlanRetrieveError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().update`](crate::resources::Plans::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PlanUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for PlanUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PlanUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for PlanUpdateError {}
#[cfg(feature = "plan")]
/// Documented error responses of [`plans().delete`](crate::resources::Plans::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PlanDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "plan")]
impl runtime::ApiError for PlanDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PlanDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "plan")]
impl std::error::Error for PlanDeleteError {}
#[cfg(feature = "price")]
/// Documented error responses of [`prices().list`](crate::resources::Prices::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PriceListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "price")]
impl runtime::ApiError for PriceListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PriceListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "price")]
impl std::error::Error for PriceListError {}
#[cfg(feature = "price")]
/// Documented error responses of [`prices().create`](crate::resources::Prices::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PriceCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "price")]
impl runtime::ApiError for PriceCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PriceCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "price")]
impl std::error::Error for PriceCreateError {}
#[cfg(feature = "price")]
/// Documented error responses of [`prices().retrieve`](crate::resources::Prices::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PriceRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "price")]
impl runtime::ApiError for PriceRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PriceRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "price")]
impl std::error::Error for PriceRetrieveError {}
#[cfg(feature = "price")]
/// Documented error responses of [`prices().update`](crate::resources::Prices::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PriceUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "price")]
impl runtime::ApiError for PriceUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PriceUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "price")]
impl std::error::Error for PriceUpdateError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().list`](crate::resources::Products::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for ProductListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ProductListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for ProductListError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().create`](crate::resources::Products::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for ProductCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ProductCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for ProductCreateError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().retrieve`](crate::resources::Products::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for ProductRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ProductRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for ProductRetrieveError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().update`](crate::resources::Products::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for ProductUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ProductUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for ProductUpdateError {}
#[cfg(feature = "product")]
/// Documented error responses of [`products().delete`](crate::resources::Products::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "product")]
impl runtime::ApiError for ProductDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ProductDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "product")]
impl std::error::Error for ProductDeleteError {}
#[cfg(feature = "promotion_code")]
/// Documented error responses of [`promotion_codes().list`](crate::resources::PromotionCodes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PromotionCodeListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "promotion_code")]
impl runtime::ApiError for PromotionCodeListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PromotionCodeListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::error::Error for PromotionCodeListError {}
#[cfg(feature = "promotion_code")]
/// Documented error responses of [`promotion_codes().create`](crate::resources::PromotionCodes::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PromotionCodeCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "promotion_code")]
impl runtime::ApiError for PromotionCodeCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PromotionCodeCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::error::Error for PromotionCodeCreateError {}
#[cfg(feature = "promotion_code")]
/// Documented error responses of [`promotion_codes().retrieve`](crate::resources::PromotionCodes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PromotionCodeRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "promotion_code")]
impl runtime::ApiError for PromotionCodeRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PromotionCodeRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::error::Error for PromotionCodeRetrieveError {}
#[cfg(feature = "promotion_code")]
/// Documented error responses of [`promotion_codes().update`](crate::resources::PromotionCodes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PromotionCodeUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "promotion_code")]
impl runtime::ApiError for PromotionCodeUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for PromotionCodeUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "promotion_code")]
impl std::error::Error for PromotionCodeUpdateError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().list`](crate::resources::Quotes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for QuoteListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for QuoteListError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().create`](crate::resources::Quotes::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for QuoteCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for QuoteCreateError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().retrieve`](crate::resources::Quotes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for QuoteRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for QuoteRetrieveError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().update`](crate::resources::Quotes::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for QuoteUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for QuoteUpdateError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().accept`](crate::resources::Quotes::accept).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteAcceptError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for QuoteAcceptError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteAcceptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for QuoteAcceptError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().cancel`](crate::resources::Quotes::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for QuoteCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for QuoteCancelError {}
#[cfg(feature = "item")]
/// Documented error responses of [`quotes().computed_upfront_line_items`](crate::resources::Quotes::computed_upfront_line_items).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteComputedUpfrontLineItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "item")]
impl runtime::ApiError for QuoteComputedUpfrontLineItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteComputedUpfrontLineItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "item")]
impl std::error::Error for QuoteComputedUpfrontLineItemsError {}
#[cfg(feature = "quote")]
/// Documented error responses of [`quotes().finalize`](crate::resources::Quotes::finalize).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteFinalizeError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "quote")]
impl runtime::ApiError for QuoteFinalizeError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteFinalizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "quote")]
impl std::error::Error for QuoteFinalizeError {}
#[cfg(feature = "item")]
/// Documented error responses of [`quotes().line_items`](crate::resources::Quotes::line_items).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuoteLineItemsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "item")]
impl runtime::ApiError for QuoteLineItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuoteLineItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "item")]
impl std::error::Error for QuoteLineItemsError {}
#[cfg(feature = "payment_intent")]
/// Documented error responses of [`quotes().pdf`](crate::resources::Quotes::pdf).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum QuotePdfError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "payment_intent")]
impl runtime::ApiError for QuotePdfError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for QuotePdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "payment_intent")]
impl std::error::Error for QuotePdfError {}
#[cfg(feature = "radar_early_fraud_warning")]
/// Documented error responses of [`radar().early_fraud_warnings().list`](crate::resources::RadarEarlyFraudWarnings::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarEarlyFraudWarningListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_early_fraud_warning")]
impl runtime::ApiError for RadarEarlyFraudWarningListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarEarlyFraudWarningListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_early_fraud_warning")]
impl std::error::Error for RadarEarlyFraudWarningListError {}
#[cfg(feature = "radar_early_fraud_warning")]
/// Documented error responses of [`radar().early_fraud_warnings().retrieve`](crate::resources::RadarEarlyFraudWarnings::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarEarlyFraudWarningRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_early_fraud_warning")]
impl runtime::ApiError for RadarEarlyFraudWarningRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarEarlyFraudWarningRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_early_fraud_warning")]
impl std::error::Error for RadarEarlyFraudWarningRetrieveError {}
#[cfg(feature = "radar_value_list_item")]
/// Documented error responses of [`radar().value_list_items().list`](crate::resources::RadarValueListItems::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListItemListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list_item")]
impl runtime::ApiError for RadarValueListItemListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListItemListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::error::Error for RadarValueListItemListError {}
#[cfg(feature = "radar_value_list_item")]
/// Documented error responses of [`radar().value_list_items().create`](crate::resources::RadarValueListItems::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListItemCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list_item")]
impl runtime::ApiError for RadarValueListItemCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListItemCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::error::Error for RadarValueListItemCreateError {}
#[cfg(feature = "radar_value_list_item")]
/// Documented error responses of [`radar().value_list_items().retrieve`](crate::resources::RadarValueListItems::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListItemRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list_item")]
impl runtime::ApiError for RadarValueListItemRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListItemRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::error::Error for RadarValueListItemRetrieveError {}
#[cfg(feature = "radar_value_list_item")]
/// Documented error responses of [`radar().value_list_items().delete`](crate::resources::RadarValueListItems::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListItemDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list_item")]
impl runtime::ApiError for RadarValueListItemDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListItemDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list_item")]
impl std::error::Error for RadarValueListItemDeleteError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().list`](crate::resources::RadarValueLists::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for RadarValueListListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for RadarValueListListError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().create`](crate::resources::RadarValueLists::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for RadarValueListCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for RadarValueListCreateError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().retrieve`](crate::resources::RadarValueLists::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for RadarValueListRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for RadarValueListRetrieveError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().update`](crate::resources::RadarValueLists::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for RadarValueListUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for RadarValueListUpdateError {}
#[cfg(feature = "radar_value_list")]
/// Documented error responses of [`radar().value_lists().delete`](crate::resources::RadarValueLists::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RadarValueListDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "radar_value_list")]
impl runtime::ApiError for RadarValueListDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RadarValueListDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "radar_value_list")]
impl std::error::Error for RadarValueListDeleteError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().list`](crate::resources::Recipients::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RecipientListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for RecipientListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RecipientListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for RecipientListError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().create`](crate::resources::Recipients::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RecipientCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for RecipientCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RecipientCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for RecipientCreateError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().retrieve`](crate::resources::Recipients::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RecipientRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for RecipientRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RecipientRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for RecipientRetrieveError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().update`](crate::resources::Recipients::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RecipientUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for RecipientUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RecipientUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for RecipientUpdateError {}
#[cfg(feature = "recipient")]
/// Documented error responses of [`recipients().delete`](crate::resources::Recipients::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RecipientDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "recipient")]
impl runtime::ApiError for RecipientDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RecipientDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "recipient")]
impl std::error::Error for RecipientDeleteError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`refunds().list`](crate::resources::Refunds::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RefundListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for RefundListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RefundListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for RefundListError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`refunds().create`](crate::resources::Refunds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RefundCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for RefundCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RefundCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for RefundCreateError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`refunds().retrieve`](crate::resources::Refunds::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RefundRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for RefundRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RefundRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for RefundRetrieveError {}
#[cfg(feature = "refund")]
/// Documented error responses of [`refunds().update`](crate::resources::Refunds::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RefundUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "refund")]
impl runtime::ApiError for RefundUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for RefundUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "refund")]
impl std::error::Error for RefundUpdateError {}
#[cfg(feature = "reporting_report_run")]
/// Documented error responses of [`reporting().report_runs().list`](crate::resources::ReportingReportRuns::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReportingReportRunListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_run")]
impl runtime::ApiError for ReportingReportRunListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ReportingReportRunListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::error::Error for ReportingReportRunListError {}
#[cfg(feature = "reporting_report_run")]
/// Documented error responses of [`reporting().report_runs().create`](crate::resources::ReportingReportRuns::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReportingReportRunCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_run")]
impl runtime::ApiError for ReportingReportRunCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ReportingReportRunCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::error::Error for ReportingReportRunCreateError {}
#[cfg(feature = "reporting_report_run")]
/// Documented error responses of [`reporting().report_runs().retrieve`](crate::resources::ReportingReportRuns::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReportingReportRunRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_run")]
impl runtime::ApiError for ReportingReportRunRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ReportingReportRunRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_run")]
impl std::error::Error for ReportingReportRunRetrieveError {}
#[cfg(feature = "reporting_report_type")]
/// Documented error responses of [`reporting().report_types().list`](crate::resources::ReportingReportTypes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReportingReportTypeListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_type")]
impl runtime::ApiError for ReportingReportTypeListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ReportingReportTypeListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_type")]
impl std::error::Error for ReportingReportTypeListError {}
#[cfg(feature = "reporting_report_type")]
/// Documented error responses of [`reporting().report_types().retrieve`](crate::resources::ReportingReportTypes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReportingReportTypeRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "reporting_report_type")]
impl runtime::ApiError for ReportingReportTypeRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ReportingReportTypeRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "reporting_report_type")]
impl std::error::Error for ReportingReportTypeRetrieveError {}
#[cfg(feature = "review")]
/// Documented error responses of [`reviews().list`](crate::resources::Reviews::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReviewListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "review")]
impl runtime::ApiError for ReviewListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ReviewListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "review")]
impl std::error::Error for ReviewListError {}
#[cfg(feature = "review")]
/// Documented error responses of [`reviews().retrieve`](crate::resources::Reviews::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReviewRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "review")]
impl runtime::ApiError for ReviewRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ReviewRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "review")]
impl std::error::Error for ReviewRetrieveError {}
#[cfg(feature = "review")]
/// Documented error responses of [`reviews().approve`](crate::resources::Reviews::approve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReviewApproveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "review")]
impl runtime::ApiError for ReviewApproveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for ReviewApproveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "review")]
impl std::error::Error for ReviewApproveError {}
#[cfg(feature = "setup_attempt")]
/// Documented error responses of [`setup_attempts().list`](crate::resources::SetupAttempts::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupAttemptError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_attempt")]
impl runtime::ApiError for SetupAttemptError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SetupAttemptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_attempt")]
impl std::error::Error for SetupAttemptError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().list`](crate::resources::SetupIntents::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupIntentListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for SetupIntentListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SetupIntentListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for SetupIntentListError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().create`](crate::resources::SetupIntents::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupIntentCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for SetupIntentCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SetupIntentCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for SetupIntentCreateError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().retrieve`](crate::resources::SetupIntents::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupIntentRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for SetupIntentRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SetupIntentRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for SetupIntentRetrieveError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().update`](crate::resources::SetupIntents::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupIntentUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for SetupIntentUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SetupIntentUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for SetupIntentUpdateError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().cancel`](crate::resources::SetupIntents::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupIntentCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for SetupIntentCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SetupIntentCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for SetupIntentCancelError {}
#[cfg(feature = "setup_intent")]
/// Documented error responses of [`setup_intents().confirm`](crate::resources::SetupIntents::confirm).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupIntentConfirmError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "setup_intent")]
impl runtime::ApiError for SetupIntentConfirmError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SetupIntentConfirmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "setup_intent")]
impl std::error::Error for SetupIntentConfirmError {}
#[cfg(feature = "scheduled_query_run")]
/// Documented error responses of [`sigma().scheduled_query_runs().list`](crate::resources::SigmaScheduledQueryRuns::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SigmaScheduledQueryRunListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "scheduled_query_run")]
impl runtime::ApiError for SigmaScheduledQueryRunListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SigmaScheduledQueryRunListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "scheduled_query_run")]
impl std::error::Error for SigmaScheduledQueryRunListError {}
#[cfg(feature = "scheduled_query_run")]
/// Documented error responses of [`sigma().scheduled_query_runs().retrieve`](crate::resources::SigmaScheduledQueryRuns::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SigmaScheduledQueryRunRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "scheduled_query_run")]
impl runtime::ApiError for SigmaScheduledQueryRunRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SigmaScheduledQueryRunRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "scheduled_query_run")]
impl std::error::Error for SigmaScheduledQueryRunRetrieveError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().list`](crate::resources::Skus::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SkuListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for SkuListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SkuListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for SkuListError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().create`](crate::resources::Skus::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SkuCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for SkuCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SkuCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for SkuCreateError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().retrieve`](crate::resources::Skus::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SkuRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for SkuRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SkuRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for SkuRetrieveError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().update`](crate::resources::Skus::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SkuUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for SkuUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SkuUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for SkuUpdateError {}
#[cfg(feature = "sku")]
/// Documented error responses of [`skus().delete`](crate::resources::Skus::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SkuDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "sku")]
impl runtime::ApiError for SkuDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SkuDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "sku")]
impl std::error::Error for SkuDeleteError {}
#[cfg(feature = "source")]
/// Documented error responses of [`sources().create`](crate::resources::Sources::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SourceCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source")]
impl runtime::ApiError for SourceCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SourceCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source")]
impl std::error::Error for SourceCreateError {}
#[cfg(feature = "source")]
/// Documented error responses of [`sources().retrieve`](crate::resources::Sources::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SourceRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source")]
impl runtime::ApiError for SourceRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SourceRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source")]
impl std::error::Error for SourceRetrieveError {}
#[cfg(feature = "source")]
/// Documented error responses of [`sources().update`](crate::resources::Sources::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SourceUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source")]
impl runtime::ApiError for SourceUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SourceUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source")]
impl std::error::Error for SourceUpdateError {}
#[cfg(feature = "source_mandate_notification")]
/// Documented error responses of [`sources().mandate_notifications().retrieve`](crate::resources::SourcesMandateNotifications::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SourceMandateNotificationRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source_mandate_notification")]
impl runtime::ApiError for SourceMandateNotificationRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SourceMandateNotificationRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source_mandate_notification")]
impl std::error::Error for SourceMandateNotificationRetrieveError {}
#[cfg(feature = "source_transaction")]
/// Documented error responses of [`sources().source_transactions().list`](crate::resources::SourcesSourceTransactions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SourceSourceTransactionListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source_transaction")]
impl runtime::ApiError for SourceSourceTransactionListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SourceSourceTransactionListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source_transaction")]
impl std::error::Error for SourceSourceTransactionListError {}
#[cfg(feature = "source_transaction")]
/// Documented error responses of [`sources().source_transactions().retrieve`](crate::resources::SourcesSourceTransactions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SourceSourceTransactionRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source_transaction")]
impl runtime::ApiError for SourceSourceTransactionRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SourceSourceTransactionRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source_transaction")]
impl std::error::Error for SourceSourceTransactionRetrieveError {}
#[cfg(feature = "source")]
/// Documented error responses of [`sources().verify`](crate::resources::Sources::verify).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SourceVerifyError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "source")]
impl runtime::ApiError for SourceVerifyError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SourceVerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "source")]
impl std::error::Error for SourceVerifyError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().list`](crate::resources::SubscriptionItems::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionItemListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for SubscriptionItemListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionItemListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for SubscriptionItemListError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().create`](crate::resources::SubscriptionItems::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionItemCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for SubscriptionItemCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionItemCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for SubscriptionItemCreateError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().retrieve`](crate::resources::SubscriptionItems::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionItemRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for SubscriptionItemRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionItemRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for SubscriptionItemRetrieveError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().update`](crate::resources::SubscriptionItems::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionItemUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for SubscriptionItemUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionItemUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for SubscriptionItemUpdateError {}
#[cfg(feature = "subscription_item")]
/// Documented error responses of [`subscription_items().delete`](crate::resources::SubscriptionItems::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionItemDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_item")]
impl runtime::ApiError for SubscriptionItemDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionItemDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_item")]
impl std::error::Error for SubscriptionItemDeleteError {}
#[cfg(feature = "usage_record_summary")]
/// Documented error responses of [`subscription_items().usage_record_summaries`](crate::resources::SubscriptionItems::usage_record_summaries).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionItemUsageRecordSummariesError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "usage_record_summary")]
impl runtime::ApiError for SubscriptionItemUsageRecordSummariesError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionItemUsageRecordSummariesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "usage_record_summary")]
impl std::error::Error for SubscriptionItemUsageRecordSummariesError {}
#[cfg(feature = "usage_record")]
/// Documented error responses of [`subscription_items().usage_records`](crate::resources::SubscriptionItems::usage_records).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionItemUsageRecordsError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "usage_record")]
impl runtime::ApiError for SubscriptionItemUsageRecordsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionItemUsageRecordsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "usage_record")]
impl std::error::Error for SubscriptionItemUsageRecordsError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().list`](crate::resources::SubscriptionSchedules::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionScheduleListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for SubscriptionScheduleListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionScheduleListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for SubscriptionScheduleListError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().create`](crate::resources::SubscriptionSchedules::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionScheduleCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for SubscriptionScheduleCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionScheduleCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for SubscriptionScheduleCreateError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().retrieve`](crate::resources::SubscriptionSchedules::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionScheduleRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for SubscriptionScheduleRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionScheduleRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for SubscriptionScheduleRetrieveError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().update`](crate::resources::SubscriptionSchedules::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionScheduleUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for SubscriptionScheduleUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionScheduleUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for SubscriptionScheduleUpdateError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().cancel`](crate::resources::SubscriptionSchedules::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionScheduleCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for SubscriptionScheduleCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionScheduleCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for SubscriptionScheduleCancelError {}
#[cfg(feature = "subscription_schedule")]
/// Documented error responses of [`subscription_schedules().release`](crate::resources::SubscriptionSchedules::release).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionScheduleReleaseError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription_schedule")]
impl runtime::ApiError for SubscriptionScheduleReleaseError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionScheduleReleaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription_schedule")]
impl std::error::Error for SubscriptionScheduleReleaseError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().list`](crate::resources::Subscriptions::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for SubscriptionListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for SubscriptionListError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().create`](crate::resources::Subscriptions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for SubscriptionCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for SubscriptionCreateError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().retrieve`](crate::resources::Subscriptions::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for SubscriptionRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for SubscriptionRetrieveError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().update`](crate::resources::Subscriptions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for SubscriptionUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for SubscriptionUpdateError {}
#[cfg(feature = "subscription")]
/// Documented error responses of [`subscriptions().delete`](crate::resources::Subscriptions::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "subscription")]
impl runtime::ApiError for SubscriptionDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "subscription")]
impl std::error::Error for SubscriptionDeleteError {}
#[cfg(feature = "discount")]
/// Documented error responses of [`subscriptions().delete_discount`](crate::resources::Subscriptions::delete_discount).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionDeleteDiscountError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "discount")]
impl runtime::ApiError for SubscriptionDeleteDiscountError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for SubscriptionDeleteDiscountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "discount")]
impl std::error::Error for SubscriptionDeleteDiscountError {}
#[cfg(feature = "tax_code")]
/// Documented error responses of [`tax_codes().list`](crate::resources::TaxCodes::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxCodeListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_code")]
impl runtime::ApiError for TaxCodeListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TaxCodeListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_code")]
impl std::error::Error for TaxCodeListError {}
#[cfg(feature = "tax_code")]
/// Documented error responses of [`tax_codes().retrieve`](crate::resources::TaxCodes::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxCodeRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_code")]
impl runtime::ApiError for TaxCodeRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TaxCodeRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_code")]
impl std::error::Error for TaxCodeRetrieveError {}
#[cfg(feature = "tax_rate")]
/// Documented error responses of [`tax_rates().list`](crate::resources::TaxRates::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxRateListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_rate")]
impl runtime::ApiError for TaxRateListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TaxRateListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::error::Error for TaxRateListError {}
#[cfg(feature = "tax_rate")]
/// Documented error responses of [`tax_rates().create`](crate::resources::TaxRates::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxRateCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_rate")]
impl runtime::ApiError for TaxRateCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TaxRateCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::error::Error for TaxRateCreateError {}
#[cfg(feature = "tax_rate")]
/// Documented error responses of [`tax_rates().retrieve`](crate::resources::TaxRates::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxRateRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_rate")]
impl runtime::ApiError for TaxRateRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TaxRateRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::error::Error for TaxRateRetrieveError {}
#[cfg(feature = "tax_rate")]
/// Documented error responses of [`tax_rates().update`](crate::resources::TaxRates::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxRateUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "tax_rate")]
impl runtime::ApiError for TaxRateUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TaxRateUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "tax_rate")]
impl std::error::Error for TaxRateUpdateError {}
#[cfg(feature = "terminal_connection_token")]
/// Documented error responses of [`terminal().connection_tokens().create`](crate::resources::TerminalConnectionTokens::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalConnectionTokenCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_connection_token")]
impl runtime::ApiError for TerminalConnectionTokenCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalConnectionTokenCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_connection_token")]
impl std::error::Error for TerminalConnectionTokenCreateError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().list`](crate::resources::TerminalLocations::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalLocationListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for TerminalLocationListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalLocationListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for TerminalLocationListError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().create`](crate::resources::TerminalLocations::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalLocationCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for TerminalLocationCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalLocationCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for TerminalLocationCreateError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().retrieve`](crate::resources::TerminalLocations::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalLocationRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for TerminalLocationRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalLocationRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for TerminalLocationRetrieveError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().update`](crate::resources::TerminalLocations::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalLocationUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for TerminalLocationUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalLocationUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for TerminalLocationUpdateError {}
#[cfg(feature = "terminal_location")]
/// Documented error responses of [`terminal().locations().delete`](crate::resources::TerminalLocations::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalLocationDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_location")]
impl runtime::ApiError for TerminalLocationDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalLocationDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_location")]
impl std::error::Error for TerminalLocationDeleteError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().list`](crate::resources::TerminalReaders::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalReaderListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for TerminalReaderListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalReaderListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for TerminalReaderListError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().create`](crate::resources::TerminalReaders::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalReaderCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for TerminalReaderCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalReaderCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for TerminalReaderCreateError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().retrieve`](crate::resources::TerminalReaders::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalReaderRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for TerminalReaderRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalReaderRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for TerminalReaderRetrieveError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().update`](crate::resources::TerminalReaders::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalReaderUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for TerminalReaderUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalReaderUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for TerminalReaderUpdateError {}
#[cfg(feature = "terminal_reader")]
/// Documented error responses of [`terminal().readers().delete`](crate::resources::TerminalReaders::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TerminalReaderDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "terminal_reader")]
impl runtime::ApiError for TerminalReaderDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TerminalReaderDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "terminal_reader")]
impl std::error::Error for TerminalReaderDeleteError {}
#[cfg(feature = "token")]
/// Documented error responses of [`tokens().create`](crate::resources::Tokens::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TokenCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "token")]
impl runtime::ApiError for TokenCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TokenCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "token")]
impl std::error::Error for TokenCreateError {}
#[cfg(feature = "token")]
/// Documented error responses of [`tokens().retrieve`](crate::resources::Tokens::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TokenRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "token")]
impl runtime::ApiError for TokenRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TokenRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "token")]
impl std::error::Error for TokenRetrieveError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().list`](crate::resources::Topups::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TopupListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for TopupListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TopupListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for TopupListError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().create`](crate::resources::Topups::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TopupCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for TopupCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TopupCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for TopupCreateError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().retrieve`](crate::resources::Topups::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TopupRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for TopupRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TopupRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for TopupRetrieveError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().update`](crate::resources::Topups::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TopupUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for TopupUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TopupUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for TopupUpdateError {}
#[cfg(feature = "topup")]
/// Documented error responses of [`topups().cancel`](crate::resources::Topups::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TopupCancelError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "topup")]
impl runtime::ApiError for TopupCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TopupCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "topup")]
impl std::error::Error for TopupCancelError {}
#[cfg(feature = "transfer")]
/// Documented error responses of [`transfers().list`](crate::resources::Transfers::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransferListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer")]
impl runtime::ApiError for TransferListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TransferListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer")]
impl std::error::Error for TransferListError {}
#[cfg(feature = "transfer")]
/// Documented error responses of [`transfers().create`](crate::resources::Transfers::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransferCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer")]
impl runtime::ApiError for TransferCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TransferCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer")]
impl std::error::Error for TransferCreateError {}
#[cfg(feature = "transfer_reversal")]
/// Documented error responses of [`transfers().reversals().list`](crate::resources::TransfersReversals::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransferReversalListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer_reversal")]
impl runtime::ApiError for TransferReversalListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TransferReversalListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::error::Error for TransferReversalListError {}
#[cfg(feature = "transfer_reversal")]
/// Documented error responses of [`transfers().reversals().create`](crate::resources::TransfersReversals::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransferReversalCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer_reversal")]
impl runtime::ApiError for TransferReversalCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TransferReversalCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::error::Error for TransferReversalCreateError {}
#[cfg(feature = "transfer")]
/// Documented error responses of [`transfers().retrieve`](crate::resources::Transfers::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransferRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer")]
impl runtime::ApiError for TransferRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TransferRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer")]
impl std::error::Error for TransferRetrieveError {}
#[cfg(feature = "transfer")]
/// Documented error responses of [`transfers().update`](crate::resources::Transfers::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransferUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer")]
impl runtime::ApiError for TransferUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TransferUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer")]
impl std::error::Error for TransferUpdateError {}
#[cfg(feature = "transfer_reversal")]
/// Documented error responses of [`transfers().reversals().retrieve`](crate::resources::TransfersReversals::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransferReversalRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer_reversal")]
impl runtime::ApiError for TransferReversalRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TransferReversalRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::error::Error for TransferReversalRetrieveError {}
#[cfg(feature = "transfer_reversal")]
/// Documented error responses of [`transfers().reversals().update`](crate::resources::TransfersReversals::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransferReversalUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "transfer_reversal")]
impl runtime::ApiError for TransferReversalUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for TransferReversalUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "transfer_reversal")]
impl std::error::Error for TransferReversalUpdateError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().list`](crate::resources::WebhookEndpoints::list).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WebhookEndpointListError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for WebhookEndpointListError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for WebhookEndpointListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for WebhookEndpointListError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().create`](crate::resources::WebhookEndpoints::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WebhookEndpointCreateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for WebhookEndpointCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for WebhookEndpointCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for WebhookEndpointCreateError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().retrieve`](crate::resources::WebhookEndpoints::retrieve).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WebhookEndpointRetrieveError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for WebhookEndpointRetrieveError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for WebhookEndpointRetrieveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for WebhookEndpointRetrieveError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().update`](crate::resources::WebhookEndpoints::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WebhookEndpointUpdateError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for WebhookEndpointUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for WebhookEndpointUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for WebhookEndpointUpdateError {}
#[cfg(feature = "webhook_endpoint")]
/// Documented error responses of [`webhook_endpoints().delete`](crate::resources::WebhookEndpoints::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum WebhookEndpointDeleteError {
    /// Status default.
    /// Error response.
    Other { status: u16, body: models::Error },
}
#[cfg(feature = "webhook_endpoint")]
impl runtime::ApiError for WebhookEndpointDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(Self::Other {
            status,
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
impl std::fmt::Display for WebhookEndpointDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Other { status, body } => {
                write!(f, "status {status}: {}", runtime::describe_body(body))
            }
        }
    }
}
#[cfg(feature = "webhook_endpoint")]
impl std::error::Error for WebhookEndpointDeleteError {}
