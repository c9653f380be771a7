//! One error enum per operation, with a variant for each documented error response.
#[allow(unused_imports)]
use crate::models;
use crate::runtime;
/// Documented error responses of [`balances().get_all`](crate::resources::Balances::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BalanceGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for BalanceGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for BalanceGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for BalanceGetAllError {}
/// Documented error responses of [`balances().get`](crate::resources::Balances::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BalanceGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for BalanceGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for BalanceGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for BalanceGetError {}
/// Documented error responses of [`balances().create_url`](crate::resources::Balances::create_url).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BalanceCreateUrlError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for BalanceCreateUrlError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for BalanceCreateUrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for BalanceCreateUrlError {}
/// Documented error responses of [`checkout_sessions().get_all`](crate::resources::CheckoutSessions::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CheckoutSessionGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CheckoutSessionGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CheckoutSessionGetAllError {}
/// Documented error responses of [`checkout_sessions().create`](crate::resources::CheckoutSessions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionCreateError {
    /// Status 404.
    ///
    /// Documented reasons:
    ///
    /// - Not Found
    /// - Price Not Found Or Inactive
    /// - Tax Rate Not Found Or Inactive
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CheckoutSessionCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CheckoutSessionCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CheckoutSessionCreateError {}
/// Documented error responses of [`checkout_sessions().get`](crate::resources::CheckoutSessions::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CheckoutSessionGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CheckoutSessionGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CheckoutSessionGetError {}
/// Documented error responses of [`checkout_sessions().update`](crate::resources::CheckoutSessions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionUpdateError {
    /// Status 400.
    /// Metadata Limit Exceeded
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CheckoutSessionUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CheckoutSessionUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CheckoutSessionUpdateError {}
/// Documented error responses of [`checkout_sessions().get_all_line_items`](crate::resources::CheckoutSessions::get_all_line_items).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CheckoutSessionGetAllLineItemsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CheckoutSessionGetAllLineItemsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CheckoutSessionGetAllLineItemsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CheckoutSessionGetAllLineItemsError {}
/// Documented error responses of [`customers().get_all`](crate::resources::Customers::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CustomerGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CustomerGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CustomerGetAllError {}
/// Documented error responses of [`customers().create`](crate::resources::Customers::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerCreateError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Already Exists ID
    /// - Unsupported Payment Method Type
    /// - Payment Method Already Attached
    /// - Payment Method Customer Mismatch
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CustomerCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CustomerCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CustomerCreateError {}
/// Documented error responses of [`customers().get`](crate::resources::Customers::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CustomerGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CustomerGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CustomerGetError {}
/// Documented error responses of [`customers().update`](crate::resources::Customers::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerUpdateError {
    /// Status 400.
    /// Metadata Limit Exceeded
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CustomerUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CustomerUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CustomerUpdateError {}
/// Documented error responses of [`customers().delete`](crate::resources::Customers::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerDeleteError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CustomerDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CustomerDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CustomerDeleteError {}
/// Documented error responses of [`customers().get_payment_methods`](crate::resources::Customers::get_payment_methods).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CustomerGetPaymentMethodsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CustomerGetPaymentMethodsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for CustomerGetPaymentMethodsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for CustomerGetPaymentMethodsError {}
/// Documented error responses of [`events().get_all`](crate::resources::Events::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EventGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for EventGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for EventGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for EventGetAllError {}
/// Documented error responses of [`events().get`](crate::resources::Events::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EventGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for EventGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for EventGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for EventGetError {}
/// Documented error responses of [`payment_disputes().get_all`](crate::resources::PaymentDisputes::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentDisputeGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentDisputeGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentDisputeGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentDisputeGetAllError {}
/// Documented error responses of [`payment_disputes().get`](crate::resources::PaymentDisputes::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentDisputeGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentDisputeGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentDisputeGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentDisputeGetError {}
/// Documented error responses of [`payment_flows().get_all`](crate::resources::PaymentFlows::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentFlowGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentFlowGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentFlowGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentFlowGetAllError {}
/// Documented error responses of [`payment_flows().create`](crate::resources::PaymentFlows::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentFlowCreateError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Missing Payment Method
    /// - Detached Payment Method Not Usable
    /// - Payment Method Not Owned By Customer
    /// - Payment Method Type Not Allowed
    /// - Extended Authorization Not Available
    /// - Apple Pay Disabled In Livemode
    /// - Invalid Apple Pay Token
    /// - Unacceptable Brand On Apple Pay
    BadRequest(models::ErrorResponse),
    /// Status 402.
    /// Payment Failed
    PaymentRequired(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentFlowCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                402 => Self::PaymentRequired(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::PaymentRequired(_) => 402,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentFlowCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::PaymentRequired(body) => {
                write!(f, "status {}: {}", 402, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentFlowCreateError {}
/// Documented error responses of [`payment_flows().get`](crate::resources::PaymentFlows::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentFlowGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentFlowGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentFlowGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentFlowGetError {}
/// Documented error responses of [`payment_flows().update`](crate::resources::PaymentFlows::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentFlowUpdateError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Invalid Status
    /// - Detached Payment Method Not Usable
    /// - Payment Method Not Owned By Customer
    /// - Payment Method Type Not Allowed
    /// - Metadata Limit Exceeded
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentFlowUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentFlowUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentFlowUpdateError {}
/// Documented error responses of [`payment_flows().cancel`](crate::resources::PaymentFlows::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentFlowCancelError {
    /// Status 400.
    /// Invalid Status
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentFlowCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentFlowCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentFlowCancelError {}
/// Documented error responses of [`payment_flows().capture`](crate::resources::PaymentFlows::capture).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentFlowCaptureError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Invalid Status
    /// - Payment Flow Expired
    BadRequest(models::ErrorResponse),
    /// Status 402.
    /// Payment Failed
    PaymentRequired(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentFlowCaptureError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                402 => Self::PaymentRequired(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::PaymentRequired(_) => 402,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentFlowCaptureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::PaymentRequired(body) => {
                write!(f, "status {}: {}", 402, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentFlowCaptureError {}
/// Documented error responses of [`payment_flows().confirm`](crate::resources::PaymentFlows::confirm).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentFlowConfirmError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Invalid Status
    /// - Missing Payment Method
    /// - Detached Payment Method Not Usable
    /// - Payment Method Not Owned By Customer
    /// - Customer Required For Payment Method
    /// - Payment Method Type Not Allowed
    /// - Extended Authorization Not Available
    /// - Apple Pay Disabled In Livemode
    /// - Invalid Apple Pay Token
    /// - Unacceptable Brand On Apple Pay
    BadRequest(models::ErrorResponse),
    /// Status 402.
    /// Payment Failed
    PaymentRequired(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentFlowConfirmError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                402 => Self::PaymentRequired(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::PaymentRequired(_) => 402,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentFlowConfirmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::PaymentRequired(body) => {
                write!(f, "status {}: {}", 402, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentFlowConfirmError {}
/// Documented error responses of [`payment_flows().get_refunds`](crate::resources::PaymentFlows::get_refunds).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentFlowGetRefundsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentFlowGetRefundsError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentFlowGetRefundsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentFlowGetRefundsError {}
/// Documented error responses of [`payment_method_configurations().get_all`](crate::resources::PaymentMethodConfigurations::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodConfigurationGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodConfigurationGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodConfigurationGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodConfigurationGetAllError {}
/// Documented error responses of [`payment_method_configurations().get`](crate::resources::PaymentMethodConfigurations::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodConfigurationGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodConfigurationGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodConfigurationGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodConfigurationGetError {}
/// Documented error responses of [`payment_method_configurations().update`](crate::resources::PaymentMethodConfigurations::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodConfigurationUpdateError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodConfigurationUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodConfigurationUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodConfigurationUpdateError {}
/// Documented error responses of [`payment_methods().get_all`](crate::resources::PaymentMethods::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodGetAllError {}
/// Documented error responses of [`payment_methods().create`](crate::resources::PaymentMethods::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodCreateError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Invalid Apple Pay Token
    /// - Unacceptable Brand On Apple Pay
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodCreateError {}
/// Documented error responses of [`payment_methods().get_by_card`](crate::resources::PaymentMethods::get_by_card).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodGetByCardError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodGetByCardError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodGetByCardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodGetByCardError {}
/// Documented error responses of [`payment_methods().get`](crate::resources::PaymentMethods::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodGetError {}
/// Documented error responses of [`payment_methods().update`](crate::resources::PaymentMethods::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodUpdateError {
    /// Status 400.
    /// Metadata Limit Exceeded
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodUpdateError {}
/// Documented error responses of [`payment_methods().attach`](crate::resources::PaymentMethods::attach).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodAttachError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Payment Method Already Attached
    /// - Payment Method Customer Mismatch
    /// - Unsupported Payment Method Type
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodAttachError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodAttachError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodAttachError {}
/// Documented error responses of [`payment_methods().detach`](crate::resources::PaymentMethods::detach).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentMethodDetachError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Payment Method Unattached
    /// - Payment Method Already Detached
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentMethodDetachError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentMethodDetachError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentMethodDetachError {}
/// Documented error responses of [`payment_refunds().get_all`](crate::resources::PaymentRefunds::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentRefundGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentRefundGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentRefundGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentRefundGetAllError {}
/// Documented error responses of [`payment_refunds().create`](crate::resources::PaymentRefunds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentRefundCreateError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Invalid Status
    /// - Already Refunded
    /// - Refund Exceeds Payment
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentRefundCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentRefundCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentRefundCreateError {}
/// Documented error responses of [`payment_refunds().get`](crate::resources::PaymentRefunds::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentRefundGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentRefundGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentRefundGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentRefundGetError {}
/// Documented error responses of [`payment_refunds().update`](crate::resources::PaymentRefunds::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentRefundUpdateError {
    /// Status 400.
    /// Metadata Limit Exceeded
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentRefundUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentRefundUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentRefundUpdateError {}
/// Documented error responses of [`payment_transactions().get_all`](crate::resources::PaymentTransactions::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentTransactionGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentTransactionGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentTransactionGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentTransactionGetAllError {}
/// Documented error responses of [`payment_transactions().get`](crate::resources::PaymentTransactions::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PaymentTransactionGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PaymentTransactionGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PaymentTransactionGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PaymentTransactionGetError {}
/// Documented error responses of [`prices().get_all`](crate::resources::Prices::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PriceGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PriceGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PriceGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PriceGetAllError {}
/// Documented error responses of [`prices().create`](crate::resources::Prices::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PriceCreateError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PriceCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PriceCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PriceCreateError {}
/// Documented error responses of [`prices().get`](crate::resources::Prices::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PriceGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PriceGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PriceGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PriceGetError {}
/// Documented error responses of [`prices().update`](crate::resources::Prices::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PriceUpdateError {
    /// Status 400.
    /// Metadata Limit Exceeded
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for PriceUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for PriceUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for PriceUpdateError {}
/// Documented error responses of [`products().get_all`](crate::resources::Products::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for ProductGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for ProductGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for ProductGetAllError {}
/// Documented error responses of [`products().create`](crate::resources::Products::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductCreateError {
    /// Status 400.
    /// Already Exists ID
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for ProductCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for ProductCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for ProductCreateError {}
/// Documented error responses of [`products().get`](crate::resources::Products::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for ProductGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for ProductGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for ProductGetError {}
/// Documented error responses of [`products().update`](crate::resources::Products::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductUpdateError {
    /// Status 400.
    /// Invalid Default Price
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for ProductUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for ProductUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for ProductUpdateError {}
/// Documented error responses of [`products().delete`](crate::resources::Products::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ProductDeleteError {
    /// Status 400.
    /// Product Has Prices
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for ProductDeleteError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for ProductDeleteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for ProductDeleteError {}
/// Documented error responses of [`setup_flows().get_all`](crate::resources::SetupFlows::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupFlowGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for SetupFlowGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for SetupFlowGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for SetupFlowGetAllError {}
/// Documented error responses of [`setup_flows().create`](crate::resources::SetupFlows::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupFlowCreateError {
    /// Status 400.
    /// Invalid Payment Method Types
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for SetupFlowCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for SetupFlowCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for SetupFlowCreateError {}
/// Documented error responses of [`setup_flows().get`](crate::resources::SetupFlows::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupFlowGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for SetupFlowGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for SetupFlowGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for SetupFlowGetError {}
/// Documented error responses of [`setup_flows().update`](crate::resources::SetupFlows::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupFlowUpdateError {
    /// Status 400.
    ///
    /// Documented reasons:
    ///
    /// - Invalid Status
    /// - Detached Payment Method Not Usable
    /// - Metadata Limit Exceeded
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for SetupFlowUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for SetupFlowUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for SetupFlowUpdateError {}
/// Documented error responses of [`setup_flows().cancel`](crate::resources::SetupFlows::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetupFlowCancelError {
    /// Status 400.
    /// Invalid Status
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for SetupFlowCancelError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for SetupFlowCancelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for SetupFlowCancelError {}
/// Documented error responses of [`statements().get_all`](crate::resources::Statements::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum StatementGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for StatementGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for StatementGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for StatementGetAllError {}
/// Documented error responses of [`statements().get`](crate::resources::Statements::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum StatementGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for StatementGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for StatementGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for StatementGetError {}
/// Documented error responses of [`statements().create_url`](crate::resources::Statements::create_url).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum StatementCreateUrlError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for StatementCreateUrlError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for StatementCreateUrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for StatementCreateUrlError {}
/// Documented error responses of [`tax_rates().get_all`](crate::resources::TaxRates::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxRateGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for TaxRateGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for TaxRateGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for TaxRateGetAllError {}
/// Documented error responses of [`tax_rates().create`](crate::resources::TaxRates::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxRateCreateError {
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for TaxRateCreateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for TaxRateCreateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for TaxRateCreateError {}
/// Documented error responses of [`tax_rates().get`](crate::resources::TaxRates::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxRateGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for TaxRateGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for TaxRateGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for TaxRateGetError {}
/// Documented error responses of [`tax_rates().update`](crate::resources::TaxRates::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TaxRateUpdateError {
    /// Status 400.
    /// Metadata Limit Exceeded
    BadRequest(models::ErrorResponse),
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for TaxRateUpdateError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for TaxRateUpdateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for TaxRateUpdateError {}
/// Documented error responses of [`terms().get_all`](crate::resources::Terms::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TermGetAllError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for TermGetAllError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                400 => Self::BadRequest(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for TermGetAllError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadRequest(body) => {
                write!(f, "status {}: {}", 400, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for TermGetAllError {}
/// Documented error responses of [`terms().get`](crate::resources::Terms::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TermGetError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for TermGetError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, runtime::DecodeError> {
        Ok(
            match status {
                404 => Self::NotFound(runtime::decode_json(status, body)?),
                422 => Self::UnprocessableEntity(runtime::decode_json(status, body)?),
                _ => {
                    Self::Unexpected {
                        status,
                        body: runtime::body_text(body),
                    }
                }
            },
        )
    }
    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::UnprocessableEntity(_) => 422,
            Self::Unexpected { status, .. } => *status,
        }
    }
}
impl std::fmt::Display for TermGetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(body) => {
                write!(f, "status {}: {}", 404, runtime::describe_body(body))
            }
            Self::UnprocessableEntity(body) => {
                write!(f, "status {}: {}", 422, runtime::describe_body(body))
            }
            Self::Unexpected { status, body } => {
                write!(f, "undocumented status {status}: {body}")
            }
        }
    }
}
impl std::error::Error for TermGetError {}
