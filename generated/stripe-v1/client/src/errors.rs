//! One error enum per operation, with a variant for each documented error response.
#[allow(unused_imports)]
use crate::models;
use crate::runtime;
#[cfg(feature = "three_d_secure")]
/// Documented error responses of [`Client::post3d_secure`](crate::Client::post3d_secure).
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
/// Documented error responses of [`Client::get3d_secure_three_d_secure`](crate::Client::get3d_secure_three_d_secure).
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
/// Documented error responses of [`Client::get_account`](crate::Client::get_account).
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
/// Documented error responses of [`Client::post_account`](crate::Client::post_account).
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
/// Documented error responses of [`Client::delete_account`](crate::Client::delete_account).
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
/// Documented error responses of [`Client::post_account_bank_accounts`](crate::Client::post_account_bank_accounts).
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
/// Documented error responses of [`Client::get_account_bank_accounts_id`](crate::Client::get_account_bank_accounts_id).
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
/// Documented error responses of [`Client::post_account_bank_accounts_id`](crate::Client::post_account_bank_accounts_id).
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
/// Documented error responses of [`Client::delete_account_bank_accounts_id`](crate::Client::delete_account_bank_accounts_id).
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
/// Documented error responses of [`Client::get_account_capabilities`](crate::Client::get_account_capabilities).
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
/// Documented error responses of [`Client::get_account_capabilities_capability`](crate::Client::get_account_capabilities_capability).
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
/// Documented error responses of [`Client::post_account_capabilities_capability`](crate::Client::post_account_capabilities_capability).
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
/// Documented error responses of [`Client::get_account_external_accounts`](crate::Client::get_account_external_accounts).
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
/// Documented error responses of [`Client::post_account_external_accounts`](crate::Client::post_account_external_accounts).
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
/// Documented error responses of [`Client::get_account_external_accounts_id`](crate::Client::get_account_external_accounts_id).
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
/// Documented error responses of [`Client::post_account_external_accounts_id`](crate::Client::post_account_external_accounts_id).
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
/// Documented error responses of [`Client::delete_account_external_accounts_id`](crate::Client::delete_account_external_accounts_id).
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
/// Documented error responses of [`Client::post_account_login_links`](crate::Client::post_account_login_links).
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
/// Documented error responses of [`Client::get_account_people`](crate::Client::get_account_people).
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
/// Documented error responses of [`Client::post_account_people`](crate::Client::post_account_people).
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
/// Documented error responses of [`Client::get_account_people_person`](crate::Client::get_account_people_person).
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
/// Documented error responses of [`Client::post_account_people_person`](crate::Client::post_account_people_person).
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
/// Documented error responses of [`Client::delete_account_people_person`](crate::Client::delete_account_people_person).
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
/// Documented error responses of [`Client::get_account_persons`](crate::Client::get_account_persons).
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
/// Documented error responses of [`Client::post_account_persons`](crate::Client::post_account_persons).
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
/// Documented error responses of [`Client::get_account_persons_person`](crate::Client::get_account_persons_person).
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
/// Documented error responses of [`Client::post_account_persons_person`](crate::Client::post_account_persons_person).
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
/// Documented error responses of [`Client::delete_account_persons_person`](crate::Client::delete_account_persons_person).
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
/// Documented error responses of [`Client::post_account_links`](crate::Client::post_account_links).
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
/// Documented error responses of [`Client::get_accounts`](crate::Client::get_accounts).
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
/// Documented error responses of [`Client::post_accounts`](crate::Client::post_accounts).
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
/// Documented error responses of [`Client::get_accounts_account`](crate::Client::get_accounts_account).
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
/// Documented error responses of [`Client::post_accounts_account`](crate::Client::post_accounts_account).
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
/// Documented error responses of [`Client::delete_accounts_account`](crate::Client::delete_accounts_account).
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
/// Documented error responses of [`Client::post_accounts_account_bank_accounts`](crate::Client::post_accounts_account_bank_accounts).
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
/// Documented error responses of [`Client::get_accounts_account_bank_accounts_id`](crate::Client::get_accounts_account_bank_accounts_id).
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
/// Documented error responses of [`Client::post_accounts_account_bank_accounts_id`](crate::Client::post_accounts_account_bank_accounts_id).
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
/// Documented error responses of [`Client::delete_accounts_account_bank_accounts_id`](crate::Client::delete_accounts_account_bank_accounts_id).
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
/// Documented error responses of [`Client::get_accounts_account_capabilities`](crate::Client::get_accounts_account_capabilities).
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
/// Documented error responses of [`Client::get_accounts_account_capabilities_capability`](crate::Client::get_accounts_account_capabilities_capability).
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
/// Documented error responses of [`Client::post_accounts_account_capabilities_capability`](crate::Client::post_accounts_account_capabilities_capability).
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
/// Documented error responses of [`Client::get_accounts_account_external_accounts`](crate::Client::get_accounts_account_external_accounts).
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
/// Documented error responses of [`Client::post_accounts_account_external_accounts`](crate::Client::post_accounts_account_external_accounts).
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
/// Documented error responses of [`Client::get_accounts_account_external_accounts_id`](crate::Client::get_accounts_account_external_accounts_id).
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
/// Documented error responses of [`Client::post_accounts_account_external_accounts_id`](crate::Client::post_accounts_account_external_accounts_id).
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
/// Documented error responses of [`Client::delete_accounts_account_external_accounts_id`](crate::Client::delete_accounts_account_external_accounts_id).
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
/// Documented error responses of [`Client::post_accounts_account_login_links`](crate::Client::post_accounts_account_login_links).
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
/// Documented error responses of [`Client::get_accounts_account_people`](crate::Client::get_accounts_account_people).
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
/// Documented error responses of [`Client::post_accounts_account_people`](crate::Client::post_accounts_account_people).
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
/// Documented error responses of [`Client::get_accounts_account_people_person`](crate::Client::get_accounts_account_people_person).
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
/// Documented error responses of [`Client::post_accounts_account_people_person`](crate::Client::post_accounts_account_people_person).
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
/// Documented error responses of [`Client::delete_accounts_account_people_person`](crate::Client::delete_accounts_account_people_person).
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
/// Documented error responses of [`Client::get_accounts_account_persons`](crate::Client::get_accounts_account_persons).
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
/// Documented error responses of [`Client::post_accounts_account_persons`](crate::Client::post_accounts_account_persons).
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
/// Documented error responses of [`Client::get_accounts_account_persons_person`](crate::Client::get_accounts_account_persons_person).
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
/// Documented error responses of [`Client::post_accounts_account_persons_person`](crate::Client::post_accounts_account_persons_person).
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
/// Documented error responses of [`Client::delete_accounts_account_persons_person`](crate::Client::delete_accounts_account_persons_person).
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
/// Documented error responses of [`Client::post_accounts_account_reject`](crate::Client::post_accounts_account_reject).
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
/// Documented error responses of [`Client::get_apple_pay_domains`](crate::Client::get_apple_pay_domains).
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
/// Documented error responses of [`Client::post_apple_pay_domains`](crate::Client::post_apple_pay_domains).
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
/// Documented error responses of [`Client::get_apple_pay_domains_domain`](crate::Client::get_apple_pay_domains_domain).
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
/// Documented error responses of [`Client::delete_apple_pay_domains_domain`](crate::Client::delete_apple_pay_domains_domain).
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
/// Documented error responses of [`Client::get_application_fees`](crate::Client::get_application_fees).
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
/// Documented error responses of [`Client::get_application_fees_fee_refunds_id`](crate::Client::get_application_fees_fee_refunds_id).
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
/// Documented error responses of [`Client::post_application_fees_fee_refunds_id`](crate::Client::post_application_fees_fee_refunds_id).
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
/// Documented error responses of [`Client::get_application_fees_id`](crate::Client::get_application_fees_id).
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
/// Documented error responses of [`Client::post_application_fees_id_refund`](crate::Client::post_application_fees_id_refund).
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
/// Documented error responses of [`Client::get_application_fees_id_refunds`](crate::Client::get_application_fees_id_refunds).
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
/// Documented error responses of [`Client::post_application_fees_id_refunds`](crate::Client::post_application_fees_id_refunds).
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
/// Documented error responses of [`Client::get_balance`](crate::Client::get_balance).
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
/// Documented error responses of [`Client::get_balance_history`](crate::Client::get_balance_history).
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
/// Documented error responses of [`Client::get_balance_history_id`](crate::Client::get_balance_history_id).
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
/// Documented error responses of [`Client::get_balance_transactions`](crate::Client::get_balance_transactions).
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
/// Documented error responses of [`Client::get_balance_transactions_id`](crate::Client::get_balance_transactions_id).
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
/// Documented error responses of [`Client::get_billing_portal_configurations`](crate::Client::get_billing_portal_configurations).
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
/// Documented error responses of [`Client::post_billing_portal_configurations`](crate::Client::post_billing_portal_configurations).
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
/// Documented error responses of [`Client::get_billing_portal_configurations_configuration`](crate::Client::get_billing_portal_configurations_configuration).
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
/// Documented error responses of [`Client::post_billing_portal_configurations_configuration`](crate::Client::post_billing_portal_configurations_configuration).
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
/// Documented error responses of [`Client::post_billing_portal_sessions`](crate::Client::post_billing_portal_sessions).
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
/// Documented error responses of [`Client::get_bitcoin_receivers`](crate::Client::get_bitcoin_receivers).
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
/// Documented error responses of [`Client::get_bitcoin_receivers_id`](crate::Client::get_bitcoin_receivers_id).
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
/// Documented error responses of [`Client::get_bitcoin_receivers_receiver_transactions`](crate::Client::get_bitcoin_receivers_receiver_transactions).
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
/// Documented error responses of [`Client::get_bitcoin_transactions`](crate::Client::get_bitcoin_transactions).
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
/// Documented error responses of [`Client::get_charges`](crate::Client::get_charges).
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
/// Documented error responses of [`Client::post_charges`](crate::Client::post_charges).
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
/// Documented error responses of [`Client::get_charges_charge`](crate::Client::get_charges_charge).
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
/// Documented error responses of [`Client::post_charges_charge`](crate::Client::post_charges_charge).
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
/// Documented error responses of [`Client::post_charges_charge_capture`](crate::Client::post_charges_charge_capture).
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
/// Documented error responses of [`Client::get_charges_charge_dispute`](crate::Client::get_charges_charge_dispute).
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
/// Documented error responses of [`Client::post_charges_charge_dispute`](crate::Client::post_charges_charge_dispute).
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
/// Documented error responses of [`Client::post_charges_charge_dispute_close`](crate::Client::post_charges_charge_dispute_close).
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
/// Documented error responses of [`Client::post_charges_charge_refund`](crate::Client::post_charges_charge_refund).
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
/// Documented error responses of [`Client::get_charges_charge_refunds`](crate::Client::get_charges_charge_refunds).
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
/// Documented error responses of [`Client::post_charges_charge_refunds`](crate::Client::post_charges_charge_refunds).
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
/// Documented error responses of [`Client::get_charges_charge_refunds_refund`](crate::Client::get_charges_charge_refunds_refund).
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
/// Documented error responses of [`Client::post_charges_charge_refunds_refund`](crate::Client::post_charges_charge_refunds_refund).
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
/// Documented error responses of [`Client::get_checkout_sessions`](crate::Client::get_checkout_sessions).
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
/// Documented error responses of [`Client::post_checkout_sessions`](crate::Client::post_checkout_sessions).
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
/// Documented error responses of [`Client::get_checkout_sessions_session`](crate::Client::get_checkout_sessions_session).
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
/// Documented error responses of [`Client::get_checkout_sessions_session_line_items`](crate::Client::get_checkout_sessions_session_line_items).
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
/// Documented error responses of [`Client::get_country_specs`](crate::Client::get_country_specs).
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
/// Documented error responses of [`Client::get_country_specs_country`](crate::Client::get_country_specs_country).
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
/// Documented error responses of [`Client::get_coupons`](crate::Client::get_coupons).
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
/// Documented error responses of [`Client::post_coupons`](crate::Client::post_coupons).
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
/// Documented error responses of [`Client::get_coupons_coupon`](crate::Client::get_coupons_coupon).
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
/// Documented error responses of [`Client::post_coupons_coupon`](crate::Client::post_coupons_coupon).
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
/// Documented error responses of [`Client::delete_coupons_coupon`](crate::Client::delete_coupons_coupon).
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
/// Documented error responses of [`Client::get_credit_notes`](crate::Client::get_credit_notes).
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
/// Documented error responses of [`Client::post_credit_notes`](crate::Client::post_credit_notes).
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
/// Documented error responses of [`Client::get_credit_notes_preview`](crate::Client::get_credit_notes_preview).
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
/// Documented error responses of [`Client::get_credit_notes_preview_lines`](crate::Client::get_credit_notes_preview_lines).
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
/// Documented error responses of [`Client::get_credit_notes_credit_note_lines`](crate::Client::get_credit_notes_credit_note_lines).
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
/// Documented error responses of [`Client::get_credit_notes_id`](crate::Client::get_credit_notes_id).
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
/// Documented error responses of [`Client::post_credit_notes_id`](crate::Client::post_credit_notes_id).
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
/// Documented error responses of [`Client::post_credit_notes_id_void`](crate::Client::post_credit_notes_id_void).
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
/// Documented error responses of [`Client::get_customers`](crate::Client::get_customers).
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
/// Documented error responses of [`Client::post_customers`](crate::Client::post_customers).
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
/// Documented error responses of [`Client::get_customers_customer`](crate::Client::get_customers_customer).
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
/// Documented error responses of [`Client::post_customers_customer`](crate::Client::post_customers_customer).
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
/// Documented error responses of [`Client::delete_customers_customer`](crate::Client::delete_customers_customer).
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
/// Documented error responses of [`Client::get_customers_customer_balance_transactions`](crate::Client::get_customers_customer_balance_transactions).
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
/// Documented error responses of [`Client::post_customers_customer_balance_transactions`](crate::Client::post_customers_customer_balance_transactions).
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
/// Documented error responses of [`Client::get_customers_customer_balance_transactions_transaction`](crate::Client::get_customers_customer_balance_transactions_transaction).
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
/// Documented error responses of [`Client::post_customers_customer_balance_transactions_transaction`](crate::Client::post_customers_customer_balance_transactions_transaction).
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
/// Documented error responses of [`Client::get_customers_customer_bank_accounts`](crate::Client::get_customers_customer_bank_accounts).
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
/// Documented error responses of [`Client::post_customers_customer_bank_accounts`](crate::Client::post_customers_customer_bank_accounts).
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
/// Documented error responses of [`Client::get_customers_customer_bank_accounts_id`](crate::Client::get_customers_customer_bank_accounts_id).
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
/// Documented error responses of [`Client::post_customers_customer_bank_accounts_id`](crate::Client::post_customers_customer_bank_accounts_id).
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
/// Documented error responses of [`Client::delete_customers_customer_bank_accounts_id`](crate::Client::delete_customers_customer_bank_accounts_id).
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
/// Documented error responses of [`Client::post_customers_customer_bank_accounts_id_verify`](crate::Client::post_customers_customer_bank_accounts_id_verify).
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
/// Documented error responses of [`Client::get_customers_customer_cards`](crate::Client::get_customers_customer_cards).
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
/// Documented error responses of [`Client::post_customers_customer_cards`](crate::Client::post_customers_customer_cards).
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
/// Documented error responses of [`Client::get_customers_customer_cards_id`](crate::Client::get_customers_customer_cards_id).
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
/// Documented error responses of [`Client::post_customers_customer_cards_id`](crate::Client::post_customers_customer_cards_id).
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
/// Documented error responses of [`Client::delete_customers_customer_cards_id`](crate::Client::delete_customers_customer_cards_id).
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
/// Documented error responses of [`Client::get_customers_customer_discount`](crate::Client::get_customers_customer_discount).
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
/// Documented error responses of [`Client::delete_customers_customer_discount`](crate::Client::delete_customers_customer_discount).
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
/// Documented error responses of [`Client::get_customers_customer_sources`](crate::Client::get_customers_customer_sources).
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
/// Documented error responses of [`Client::post_customers_customer_sources`](crate::Client::post_customers_customer_sources).
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
/// Documented error responses of [`Client::get_customers_customer_sources_id`](crate::Client::get_customers_customer_sources_id).
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
/// Documented error responses of [`Client::post_customers_customer_sources_id`](crate::Client::post_customers_customer_sources_id).
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
/// Documented error responses of [`Client::delete_customers_customer_sources_id`](crate::Client::delete_customers_customer_sources_id).
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
/// Documented error responses of [`Client::post_customers_customer_sources_id_verify`](crate::Client::post_customers_customer_sources_id_verify).
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
/// Documented error responses of [`Client::get_customers_customer_subscriptions`](crate::Client::get_customers_customer_subscriptions).
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
/// Documented error responses of [`Client::post_customers_customer_subscriptions`](crate::Client::post_customers_customer_subscriptions).
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
/// Documented error responses of [`Client::get_customers_customer_subscriptions_subscription_exposed_id`](crate::Client::get_customers_customer_subscriptions_subscription_exposed_id).
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
/// Documented error responses of [`Client::post_customers_customer_subscriptions_subscription_exposed_id`](crate::Client::post_customers_customer_subscriptions_subscription_exposed_id).
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
/// Documented error responses of [`Client::delete_customers_customer_subscriptions_subscription_exposed_id`](crate::Client::delete_customers_customer_subscriptions_subscription_exposed_id).
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
/// Documented error responses of [`Client::get_customers_customer_subscriptions_subscription_exposed_id_discount`](crate::Client::get_customers_customer_subscriptions_subscription_exposed_id_discount).
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
/// Documented error responses of [`Client::delete_customers_customer_subscriptions_subscription_exposed_id_discount`](crate::Client::delete_customers_customer_subscriptions_subscription_exposed_id_discount).
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
/// Documented error responses of [`Client::get_customers_customer_tax_ids`](crate::Client::get_customers_customer_tax_ids).
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
/// Documented error responses of [`Client::post_customers_customer_tax_ids`](crate::Client::post_customers_customer_tax_ids).
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
/// Documented error responses of [`Client::get_customers_customer_tax_ids_id`](crate::Client::get_customers_customer_tax_ids_id).
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
/// Documented error responses of [`Client::delete_customers_customer_tax_ids_id`](crate::Client::delete_customers_customer_tax_ids_id).
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
/// Documented error responses of [`Client::get_disputes`](crate::Client::get_disputes).
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
/// Documented error responses of [`Client::get_disputes_dispute`](crate::Client::get_disputes_dispute).
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
/// Documented error responses of [`Client::post_disputes_dispute`](crate::Client::post_disputes_dispute).
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
/// Documented error responses of [`Client::post_disputes_dispute_close`](crate::Client::post_disputes_dispute_close).
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
/// Documented error responses of [`Client::post_ephemeral_keys`](crate::Client::post_ephemeral_keys).
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
/// Documented error responses of [`Client::delete_ephemeral_keys_key`](crate::Client::delete_ephemeral_keys_key).
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
/// Documented error responses of [`Client::get_events`](crate::Client::get_events).
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
/// Documented error responses of [`Client::get_events_id`](crate::Client::get_events_id).
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
/// Documented error responses of [`Client::get_exchange_rates`](crate::Client::get_exchange_rates).
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
/// Documented error responses of [`Client::get_exchange_rates_rate_id`](crate::Client::get_exchange_rates_rate_id).
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
/// Documented error responses of [`Client::get_file_links`](crate::Client::get_file_links).
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
/// Documented error responses of [`Client::post_file_links`](crate::Client::post_file_links).
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
/// Documented error responses of [`Client::get_file_links_link`](crate::Client::get_file_links_link).
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
/// Documented error responses of [`Client::post_file_links_link`](crate::Client::post_file_links_link).
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
/// Documented error responses of [`Client::get_files`](crate::Client::get_files).
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
/// Documented error responses of [`Client::post_files`](crate::Client::post_files).
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
/// Documented error responses of [`Client::get_files_file`](crate::Client::get_files_file).
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
/// Documented error responses of [`Client::get_identity_verification_reports`](crate::Client::get_identity_verification_reports).
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
/// Documented error responses of [`Client::get_identity_verification_reports_report`](crate::Client::get_identity_verification_reports_report).
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
/// Documented error responses of [`Client::get_identity_verification_sessions`](crate::Client::get_identity_verification_sessions).
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
/// Documented error responses of [`Client::post_identity_verification_sessions`](crate::Client::post_identity_verification_sessions).
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
/// Documented error responses of [`Client::get_identity_verification_sessions_session`](crate::Client::get_identity_verification_sessions_session).
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
/// Documented error responses of [`Client::post_identity_verification_sessions_session`](crate::Client::post_identity_verification_sessions_session).
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
/// Documented error responses of [`Client::post_identity_verification_sessions_session_cancel`](crate::Client::post_identity_verification_sessions_session_cancel).
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
/// Documented error responses of [`Client::post_identity_verification_sessions_session_redact`](crate::Client::post_identity_verification_sessions_session_redact).
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
/// Documented error responses of [`Client::get_invoiceitems`](crate::Client::get_invoiceitems).
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
/// Documented error responses of [`Client::post_invoiceitems`](crate::Client::post_invoiceitems).
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
/// Documented error responses of [`Client::get_invoiceitems_invoiceitem`](crate::Client::get_invoiceitems_invoiceitem).
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
/// Documented error responses of [`Client::post_invoiceitems_invoiceitem`](crate::Client::post_invoiceitems_invoiceitem).
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
/// Documented error responses of [`Client::delete_invoiceitems_invoiceitem`](crate::Client::delete_invoiceitems_invoiceitem).
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
/// Documented error responses of [`Client::get_invoices`](crate::Client::get_invoices).
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
/// Documented error responses of [`Client::post_invoices`](crate::Client::post_invoices).
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
/// Documented error responses of [`Client::get_invoices_upcoming`](crate::Client::get_invoices_upcoming).
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
/// Documented error responses of [`Client::get_invoices_upcoming_lines`](crate::Client::get_invoices_upcoming_lines).
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
/// Documented error responses of [`Client::get_invoices_invoice`](crate::Client::get_invoices_invoice).
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
/// Documented error responses of [`Client::post_invoices_invoice`](crate::Client::post_invoices_invoice).
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
/// Documented error responses of [`Client::delete_invoices_invoice`](crate::Client::delete_invoices_invoice).
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
/// Documented error responses of [`Client::post_invoices_invoice_finalize`](crate::Client::post_invoices_invoice_finalize).
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
/// Documented error responses of [`Client::get_invoices_invoice_lines`](crate::Client::get_invoices_invoice_lines).
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
/// Documented error responses of [`Client::post_invoices_invoice_mark_uncollectible`](crate::Client::post_invoices_invoice_mark_uncollectible).
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
/// Documented error responses of [`Client::post_invoices_invoice_pay`](crate::Client::post_invoices_invoice_pay).
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
/// Documented error responses of [`Client::post_invoices_invoice_send`](crate::Client::post_invoices_invoice_send).
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
/// Documented error responses of [`Client::post_invoices_invoice_void`](crate::Client::post_invoices_invoice_void).
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
/// Documented error responses of [`Client::get_issuer_fraud_records`](crate::Client::get_issuer_fraud_records).
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
/// Documented error responses of [`Client::get_issuer_fraud_records_issuer_fraud_record`](crate::Client::get_issuer_fraud_records_issuer_fraud_record).
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
/// Documented error responses of [`Client::get_issuing_authorizations`](crate::Client::get_issuing_authorizations).
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
/// Documented error responses of [`Client::get_issuing_authorizations_authorization`](crate::Client::get_issuing_authorizations_authorization).
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
/// Documented error responses of [`Client::post_issuing_authorizations_authorization`](crate::Client::post_issuing_authorizations_authorization).
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
/// Documented error responses of [`Client::post_issuing_authorizations_authorization_approve`](crate::Client::post_issuing_authorizations_authorization_approve).
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
/// Documented error responses of [`Client::post_issuing_authorizations_authorization_decline`](crate::Client::post_issuing_authorizations_authorization_decline).
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
/// Documented error responses of [`Client::get_issuing_cardholders`](crate::Client::get_issuing_cardholders).
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
/// Documented error responses of [`Client::post_issuing_cardholders`](crate::Client::post_issuing_cardholders).
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
/// Documented error responses of [`Client::get_issuing_cardholders_cardholder`](crate::Client::get_issuing_cardholders_cardholder).
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
/// Documented error responses of [`Client::post_issuing_cardholders_cardholder`](crate::Client::post_issuing_cardholders_cardholder).
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
/// Documented error responses of [`Client::get_issuing_cards`](crate::Client::get_issuing_cards).
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
/// Documented error responses of [`Client::post_issuing_cards`](crate::Client::post_issuing_cards).
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
/// Documented error responses of [`Client::get_issuing_cards_card`](crate::Client::get_issuing_cards_card).
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
/// Documented error responses of [`Client::post_issuing_cards_card`](crate::Client::post_issuing_cards_card).
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
/// Documented error responses of [`Client::get_issuing_disputes`](crate::Client::get_issuing_disputes).
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
/// Documented error responses of [`Client::post_issuing_disputes`](crate::Client::post_issuing_disputes).
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
/// Documented error responses of [`Client::get_issuing_disputes_dispute`](crate::Client::get_issuing_disputes_dispute).
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
/// Documented error responses of [`Client::post_issuing_disputes_dispute`](crate::Client::post_issuing_disputes_dispute).
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
/// Documented error responses of [`Client::post_issuing_disputes_dispute_submit`](crate::Client::post_issuing_disputes_dispute_submit).
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
/// Documented error responses of [`Client::get_issuing_settlements`](crate::Client::get_issuing_settlements).
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
/// Documented error responses of [`Client::get_issuing_settlements_settlement`](crate::Client::get_issuing_settlements_settlement).
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
/// Documented error responses of [`Client::post_issuing_settlements_settlement`](crate::Client::post_issuing_settlements_settlement).
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
/// Documented error responses of [`Client::get_issuing_transactions`](crate::Client::get_issuing_transactions).
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
/// Documented error responses of [`Client::get_issuing_transactions_transaction`](crate::Client::get_issuing_transactions_transaction).
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
/// Documented error responses of [`Client::post_issuing_transactions_transaction`](crate::Client::post_issuing_transactions_transaction).
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
/// Documented error responses of [`Client::get_mandates_mandate`](crate::Client::get_mandates_mandate).
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
/// Documented error responses of [`Client::get_order_returns`](crate::Client::get_order_returns).
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
/// Documented error responses of [`Client::get_order_returns_id`](crate::Client::get_order_returns_id).
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
/// Documented error responses of [`Client::get_orders`](crate::Client::get_orders).
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
/// Documented error responses of [`Client::post_orders`](crate::Client::post_orders).
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
/// Documented error responses of [`Client::get_orders_id`](crate::Client::get_orders_id).
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
/// Documented error responses of [`Client::post_orders_id`](crate::Client::post_orders_id).
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
/// Documented error responses of [`Client::post_orders_id_pay`](crate::Client::post_orders_id_pay).
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
/// Documented error responses of [`Client::post_orders_id_returns`](crate::Client::post_orders_id_returns).
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
/// Documented error responses of [`Client::get_payment_intents`](crate::Client::get_payment_intents).
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
/// Documented error responses of [`Client::post_payment_intents`](crate::Client::post_payment_intents).
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
/// Documented error responses of [`Client::get_payment_intents_intent`](crate::Client::get_payment_intents_intent).
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
/// Documented error responses of [`Client::post_payment_intents_intent`](crate::Client::post_payment_intents_intent).
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
/// Documented error responses of [`Client::post_payment_intents_intent_cancel`](crate::Client::post_payment_intents_intent_cancel).
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
/// Documented error responses of [`Client::post_payment_intents_intent_capture`](crate::Client::post_payment_intents_intent_capture).
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
/// Documented error responses of [`Client::post_payment_intents_intent_confirm`](crate::Client::post_payment_intents_intent_confirm).
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
/// Documented error responses of [`Client::get_payment_methods`](crate::Client::get_payment_methods).
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
/// Documented error responses of [`Client::post_payment_methods`](crate::Client::post_payment_methods).
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
/// Documented error responses of [`Client::get_payment_methods_payment_method`](crate::Client::get_payment_methods_payment_method).
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
/// Documented error responses of [`Client::post_payment_methods_payment_method`](crate::Client::post_payment_methods_payment_method).
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
/// Documented error responses of [`Client::post_payment_methods_payment_method_attach`](crate::Client::post_payment_methods_payment_method_attach).
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
/// Documented error responses of [`Client::post_payment_methods_payment_method_detach`](crate::Client::post_payment_methods_payment_method_detach).
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
/// Documented error responses of [`Client::get_payouts`](crate::Client::get_payouts).
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
/// Documented error responses of [`Client::post_payouts`](crate::Client::post_payouts).
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
/// Documented error responses of [`Client::get_payouts_payout`](crate::Client::get_payouts_payout).
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
/// Documented error responses of [`Client::post_payouts_payout`](crate::Client::post_payouts_payout).
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
/// Documented error responses of [`Client::post_payouts_payout_cancel`](crate::Client::post_payouts_payout_cancel).
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
/// Documented error responses of [`Client::post_payouts_payout_reverse`](crate::Client::post_payouts_payout_reverse).
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
/// Documented error responses of [`Client::get_plans`](crate::Client::get_plans).
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
/// Documented error responses of [`Client::post_plans`](crate::Client::post_plans).
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
/// Documented error responses of [`Client::get_plans_plan`](crate::Client::get_plans_plan).
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
/// Documented error responses of [`Client::post_plans_plan`](crate::Client::post_plans_plan).
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
/// Documented error responses of [`Client::delete_plans_plan`](crate::Client::delete_plans_plan).
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
/// Documented error responses of [`Client::get_prices`](crate::Client::get_prices).
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
/// Documented error responses of [`Client::post_prices`](crate::Client::post_prices).
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
/// Documented error responses of [`Client::get_prices_price`](crate::Client::get_prices_price).
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
/// Documented error responses of [`Client::post_prices_price`](crate::Client::post_prices_price).
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
/// Documented error responses of [`Client::get_products`](crate::Client::get_products).
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
/// Documented error responses of [`Client::post_products`](crate::Client::post_products).
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
/// Documented error responses of [`Client::get_products_id`](crate::Client::get_products_id).
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
/// Documented error responses of [`Client::post_products_id`](crate::Client::post_products_id).
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
/// Documented error responses of [`Client::delete_products_id`](crate::Client::delete_products_id).
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
/// Documented error responses of [`Client::get_promotion_codes`](crate::Client::get_promotion_codes).
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
/// Documented error responses of [`Client::post_promotion_codes`](crate::Client::post_promotion_codes).
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
/// Documented error responses of [`Client::get_promotion_codes_promotion_code`](crate::Client::get_promotion_codes_promotion_code).
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
/// Documented error responses of [`Client::post_promotion_codes_promotion_code`](crate::Client::post_promotion_codes_promotion_code).
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
/// Documented error responses of [`Client::get_quotes`](crate::Client::get_quotes).
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
/// Documented error responses of [`Client::post_quotes`](crate::Client::post_quotes).
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
/// Documented error responses of [`Client::get_quotes_quote`](crate::Client::get_quotes_quote).
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
/// Documented error responses of [`Client::post_quotes_quote`](crate::Client::post_quotes_quote).
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
/// Documented error responses of [`Client::post_quotes_quote_accept`](crate::Client::post_quotes_quote_accept).
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
/// Documented error responses of [`Client::post_quotes_quote_cancel`](crate::Client::post_quotes_quote_cancel).
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
/// Documented error responses of [`Client::get_quotes_quote_computed_upfront_line_items`](crate::Client::get_quotes_quote_computed_upfront_line_items).
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
/// Documented error responses of [`Client::post_quotes_quote_finalize`](crate::Client::post_quotes_quote_finalize).
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
/// Documented error responses of [`Client::get_quotes_quote_line_items`](crate::Client::get_quotes_quote_line_items).
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
/// Documented error responses of [`Client::get_quotes_quote_pdf`](crate::Client::get_quotes_quote_pdf).
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
/// Documented error responses of [`Client::get_radar_early_fraud_warnings`](crate::Client::get_radar_early_fraud_warnings).
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
/// Documented error responses of [`Client::get_radar_early_fraud_warnings_early_fraud_warning`](crate::Client::get_radar_early_fraud_warnings_early_fraud_warning).
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
/// Documented error responses of [`Client::get_radar_value_list_items`](crate::Client::get_radar_value_list_items).
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
/// Documented error responses of [`Client::post_radar_value_list_items`](crate::Client::post_radar_value_list_items).
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
/// Documented error responses of [`Client::get_radar_value_list_items_item`](crate::Client::get_radar_value_list_items_item).
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
/// Documented error responses of [`Client::delete_radar_value_list_items_item`](crate::Client::delete_radar_value_list_items_item).
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
/// Documented error responses of [`Client::get_radar_value_lists`](crate::Client::get_radar_value_lists).
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
/// Documented error responses of [`Client::post_radar_value_lists`](crate::Client::post_radar_value_lists).
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
/// Documented error responses of [`Client::get_radar_value_lists_value_list`](crate::Client::get_radar_value_lists_value_list).
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
/// Documented error responses of [`Client::post_radar_value_lists_value_list`](crate::Client::post_radar_value_lists_value_list).
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
/// Documented error responses of [`Client::delete_radar_value_lists_value_list`](crate::Client::delete_radar_value_lists_value_list).
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
/// Documented error responses of [`Client::get_recipients`](crate::Client::get_recipients).
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
/// Documented error responses of [`Client::post_recipients`](crate::Client::post_recipients).
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
/// Documented error responses of [`Client::get_recipients_id`](crate::Client::get_recipients_id).
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
/// Documented error responses of [`Client::post_recipients_id`](crate::Client::post_recipients_id).
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
/// Documented error responses of [`Client::delete_recipients_id`](crate::Client::delete_recipients_id).
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
/// Documented error responses of [`Client::get_refunds`](crate::Client::get_refunds).
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
/// Documented error responses of [`Client::post_refunds`](crate::Client::post_refunds).
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
/// Documented error responses of [`Client::get_refunds_refund`](crate::Client::get_refunds_refund).
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
/// Documented error responses of [`Client::post_refunds_refund`](crate::Client::post_refunds_refund).
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
/// Documented error responses of [`Client::get_reporting_report_runs`](crate::Client::get_reporting_report_runs).
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
/// Documented error responses of [`Client::post_reporting_report_runs`](crate::Client::post_reporting_report_runs).
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
/// Documented error responses of [`Client::get_reporting_report_runs_report_run`](crate::Client::get_reporting_report_runs_report_run).
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
/// Documented error responses of [`Client::get_reporting_report_types`](crate::Client::get_reporting_report_types).
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
/// Documented error responses of [`Client::get_reporting_report_types_report_type`](crate::Client::get_reporting_report_types_report_type).
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
/// Documented error responses of [`Client::get_reviews`](crate::Client::get_reviews).
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
/// Documented error responses of [`Client::get_reviews_review`](crate::Client::get_reviews_review).
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
/// Documented error responses of [`Client::post_reviews_review_approve`](crate::Client::post_reviews_review_approve).
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
/// Documented error responses of [`Client::get_setup_attempts`](crate::Client::get_setup_attempts).
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
/// Documented error responses of [`Client::get_setup_intents`](crate::Client::get_setup_intents).
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
/// Documented error responses of [`Client::post_setup_intents`](crate::Client::post_setup_intents).
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
/// Documented error responses of [`Client::get_setup_intents_intent`](crate::Client::get_setup_intents_intent).
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
/// Documented error responses of [`Client::post_setup_intents_intent`](crate::Client::post_setup_intents_intent).
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
/// Documented error responses of [`Client::post_setup_intents_intent_cancel`](crate::Client::post_setup_intents_intent_cancel).
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
/// Documented error responses of [`Client::post_setup_intents_intent_confirm`](crate::Client::post_setup_intents_intent_confirm).
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
/// Documented error responses of [`Client::get_sigma_scheduled_query_runs`](crate::Client::get_sigma_scheduled_query_runs).
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
/// Documented error responses of [`Client::get_sigma_scheduled_query_runs_scheduled_query_run`](crate::Client::get_sigma_scheduled_query_runs_scheduled_query_run).
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
/// Documented error responses of [`Client::get_skus`](crate::Client::get_skus).
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
/// Documented error responses of [`Client::post_skus`](crate::Client::post_skus).
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
/// Documented error responses of [`Client::get_skus_id`](crate::Client::get_skus_id).
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
/// Documented error responses of [`Client::post_skus_id`](crate::Client::post_skus_id).
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
/// Documented error responses of [`Client::delete_skus_id`](crate::Client::delete_skus_id).
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
/// Documented error responses of [`Client::post_sources`](crate::Client::post_sources).
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
/// Documented error responses of [`Client::get_sources_source`](crate::Client::get_sources_source).
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
/// Documented error responses of [`Client::post_sources_source`](crate::Client::post_sources_source).
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
/// Documented error responses of [`Client::get_sources_source_mandate_notifications_mandate_notification`](crate::Client::get_sources_source_mandate_notifications_mandate_notification).
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
/// Documented error responses of [`Client::get_sources_source_source_transactions`](crate::Client::get_sources_source_source_transactions).
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
/// Documented error responses of [`Client::get_sources_source_source_transactions_source_transaction`](crate::Client::get_sources_source_source_transactions_source_transaction).
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
/// Documented error responses of [`Client::post_sources_source_verify`](crate::Client::post_sources_source_verify).
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
/// Documented error responses of [`Client::get_subscription_items`](crate::Client::get_subscription_items).
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
/// Documented error responses of [`Client::post_subscription_items`](crate::Client::post_subscription_items).
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
/// Documented error responses of [`Client::get_subscription_items_item`](crate::Client::get_subscription_items_item).
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
/// Documented error responses of [`Client::post_subscription_items_item`](crate::Client::post_subscription_items_item).
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
/// Documented error responses of [`Client::delete_subscription_items_item`](crate::Client::delete_subscription_items_item).
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
/// Documented error responses of [`Client::get_subscription_items_subscription_item_usage_record_summaries`](crate::Client::get_subscription_items_subscription_item_usage_record_summaries).
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
/// Documented error responses of [`Client::post_subscription_items_subscription_item_usage_records`](crate::Client::post_subscription_items_subscription_item_usage_records).
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
/// Documented error responses of [`Client::get_subscription_schedules`](crate::Client::get_subscription_schedules).
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
/// Documented error responses of [`Client::post_subscription_schedules`](crate::Client::post_subscription_schedules).
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
/// Documented error responses of [`Client::get_subscription_schedules_schedule`](crate::Client::get_subscription_schedules_schedule).
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
/// Documented error responses of [`Client::post_subscription_schedules_schedule`](crate::Client::post_subscription_schedules_schedule).
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
/// Documented error responses of [`Client::post_subscription_schedules_schedule_cancel`](crate::Client::post_subscription_schedules_schedule_cancel).
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
/// Documented error responses of [`Client::post_subscription_schedules_schedule_release`](crate::Client::post_subscription_schedules_schedule_release).
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
/// Documented error responses of [`Client::get_subscriptions`](crate::Client::get_subscriptions).
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
/// Documented error responses of [`Client::post_subscriptions`](crate::Client::post_subscriptions).
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
/// Documented error responses of [`Client::get_subscriptions_subscription_exposed_id`](crate::Client::get_subscriptions_subscription_exposed_id).
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
/// Documented error responses of [`Client::post_subscriptions_subscription_exposed_id`](crate::Client::post_subscriptions_subscription_exposed_id).
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
/// Documented error responses of [`Client::delete_subscriptions_subscription_exposed_id`](crate::Client::delete_subscriptions_subscription_exposed_id).
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
/// Documented error responses of [`Client::delete_subscriptions_subscription_exposed_id_discount`](crate::Client::delete_subscriptions_subscription_exposed_id_discount).
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
/// Documented error responses of [`Client::get_tax_codes`](crate::Client::get_tax_codes).
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
/// Documented error responses of [`Client::get_tax_codes_id`](crate::Client::get_tax_codes_id).
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
/// Documented error responses of [`Client::get_tax_rates`](crate::Client::get_tax_rates).
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
/// Documented error responses of [`Client::post_tax_rates`](crate::Client::post_tax_rates).
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
/// Documented error responses of [`Client::get_tax_rates_tax_rate`](crate::Client::get_tax_rates_tax_rate).
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
/// Documented error responses of [`Client::post_tax_rates_tax_rate`](crate::Client::post_tax_rates_tax_rate).
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
/// Documented error responses of [`Client::post_terminal_connection_tokens`](crate::Client::post_terminal_connection_tokens).
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
/// Documented error responses of [`Client::get_terminal_locations`](crate::Client::get_terminal_locations).
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
/// Documented error responses of [`Client::post_terminal_locations`](crate::Client::post_terminal_locations).
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
/// Documented error responses of [`Client::get_terminal_locations_location`](crate::Client::get_terminal_locations_location).
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
/// Documented error responses of [`Client::post_terminal_locations_location`](crate::Client::post_terminal_locations_location).
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
/// Documented error responses of [`Client::delete_terminal_locations_location`](crate::Client::delete_terminal_locations_location).
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
/// Documented error responses of [`Client::get_terminal_readers`](crate::Client::get_terminal_readers).
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
/// Documented error responses of [`Client::post_terminal_readers`](crate::Client::post_terminal_readers).
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
/// Documented error responses of [`Client::get_terminal_readers_reader`](crate::Client::get_terminal_readers_reader).
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
/// Documented error responses of [`Client::post_terminal_readers_reader`](crate::Client::post_terminal_readers_reader).
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
/// Documented error responses of [`Client::delete_terminal_readers_reader`](crate::Client::delete_terminal_readers_reader).
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
/// Documented error responses of [`Client::post_tokens`](crate::Client::post_tokens).
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
/// Documented error responses of [`Client::get_tokens_token`](crate::Client::get_tokens_token).
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
/// Documented error responses of [`Client::get_topups`](crate::Client::get_topups).
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
/// Documented error responses of [`Client::post_topups`](crate::Client::post_topups).
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
/// Documented error responses of [`Client::get_topups_topup`](crate::Client::get_topups_topup).
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
/// Documented error responses of [`Client::post_topups_topup`](crate::Client::post_topups_topup).
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
/// Documented error responses of [`Client::post_topups_topup_cancel`](crate::Client::post_topups_topup_cancel).
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
/// Documented error responses of [`Client::get_transfers`](crate::Client::get_transfers).
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
/// Documented error responses of [`Client::post_transfers`](crate::Client::post_transfers).
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
/// Documented error responses of [`Client::get_transfers_id_reversals`](crate::Client::get_transfers_id_reversals).
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
/// Documented error responses of [`Client::post_transfers_id_reversals`](crate::Client::post_transfers_id_reversals).
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
/// Documented error responses of [`Client::get_transfers_transfer`](crate::Client::get_transfers_transfer).
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
/// Documented error responses of [`Client::post_transfers_transfer`](crate::Client::post_transfers_transfer).
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
/// Documented error responses of [`Client::get_transfers_transfer_reversals_id`](crate::Client::get_transfers_transfer_reversals_id).
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
/// Documented error responses of [`Client::post_transfers_transfer_reversals_id`](crate::Client::post_transfers_transfer_reversals_id).
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
/// Documented error responses of [`Client::get_webhook_endpoints`](crate::Client::get_webhook_endpoints).
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
/// Documented error responses of [`Client::post_webhook_endpoints`](crate::Client::post_webhook_endpoints).
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
/// Documented error responses of [`Client::get_webhook_endpoints_webhook_endpoint`](crate::Client::get_webhook_endpoints_webhook_endpoint).
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
/// Documented error responses of [`Client::post_webhook_endpoints_webhook_endpoint`](crate::Client::post_webhook_endpoints_webhook_endpoint).
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
/// Documented error responses of [`Client::delete_webhook_endpoints_webhook_endpoint`](crate::Client::delete_webhook_endpoints_webhook_endpoint).
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
