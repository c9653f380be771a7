//! One error enum per operation, with a variant for each documented error response.
#[allow(unused_imports)]
use crate::models;
use crate::runtime;
/// Documented error responses of [`balances().get_all`](crate::resources::Balances::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllBalancesError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllBalancesError {
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
impl std::fmt::Display for GetAllBalancesError {
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
impl std::error::Error for GetAllBalancesError {}
/// Documented error responses of [`balances().get`](crate::resources::Balances::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBalanceError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetBalanceError {
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
impl std::fmt::Display for GetBalanceError {
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
impl std::error::Error for GetBalanceError {}
/// Documented error responses of [`balances().create_url`](crate::resources::Balances::create_url).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateBalanceUrlError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CreateBalanceUrlError {
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
impl std::fmt::Display for CreateBalanceUrlError {
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
impl std::error::Error for CreateBalanceUrlError {}
/// Documented error responses of [`checkout_sessions().get_all`](crate::resources::CheckoutSessions::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllCheckoutSessionsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllCheckoutSessionsError {
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
impl std::fmt::Display for GetAllCheckoutSessionsError {
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
impl std::error::Error for GetAllCheckoutSessionsError {}
/// Documented error responses of [`checkout_sessions().create`](crate::resources::CheckoutSessions::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateCheckoutSessionError {
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
impl runtime::ApiError for CreateCheckoutSessionError {
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
impl std::fmt::Display for CreateCheckoutSessionError {
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
impl std::error::Error for CreateCheckoutSessionError {}
/// Documented error responses of [`checkout_sessions().get`](crate::resources::CheckoutSessions::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCheckoutSessionError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetCheckoutSessionError {
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
impl std::fmt::Display for GetCheckoutSessionError {
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
impl std::error::Error for GetCheckoutSessionError {}
/// Documented error responses of [`checkout_sessions().update`](crate::resources::CheckoutSessions::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateCheckoutSessionError {
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
impl runtime::ApiError for UpdateCheckoutSessionError {
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
impl std::fmt::Display for UpdateCheckoutSessionError {
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
impl std::error::Error for UpdateCheckoutSessionError {}
/// Documented error responses of [`checkout_sessions().get_all_line_items`](crate::resources::CheckoutSessions::get_all_line_items).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllCheckoutSessionLineItemsError {
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
impl runtime::ApiError for GetAllCheckoutSessionLineItemsError {
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
impl std::fmt::Display for GetAllCheckoutSessionLineItemsError {
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
impl std::error::Error for GetAllCheckoutSessionLineItemsError {}
/// Documented error responses of [`customers().get_all`](crate::resources::Customers::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllCustomersError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllCustomersError {
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
impl std::fmt::Display for GetAllCustomersError {
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
impl std::error::Error for GetAllCustomersError {}
/// Documented error responses of [`customers().create`](crate::resources::Customers::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateCustomerError {
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
impl runtime::ApiError for CreateCustomerError {
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
impl std::fmt::Display for CreateCustomerError {
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
impl std::error::Error for CreateCustomerError {}
/// Documented error responses of [`customers().get`](crate::resources::Customers::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomerError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetCustomerError {
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
impl std::fmt::Display for GetCustomerError {
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
impl std::error::Error for GetCustomerError {}
/// Documented error responses of [`customers().update`](crate::resources::Customers::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateCustomerError {
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
impl runtime::ApiError for UpdateCustomerError {
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
impl std::fmt::Display for UpdateCustomerError {
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
impl std::error::Error for UpdateCustomerError {}
/// Documented error responses of [`customers().delete`](crate::resources::Customers::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCustomerError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for DeleteCustomerError {
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
impl std::fmt::Display for DeleteCustomerError {
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
impl std::error::Error for DeleteCustomerError {}
/// Documented error responses of [`customers().get_payment_methods`](crate::resources::Customers::get_payment_methods).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCustomerPaymentMethodsError {
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
impl runtime::ApiError for GetCustomerPaymentMethodsError {
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
impl std::fmt::Display for GetCustomerPaymentMethodsError {
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
impl std::error::Error for GetCustomerPaymentMethodsError {}
/// Documented error responses of [`events().get_all`](crate::resources::Events::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllEventsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllEventsError {
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
impl std::fmt::Display for GetAllEventsError {
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
impl std::error::Error for GetAllEventsError {}
/// Documented error responses of [`events().get`](crate::resources::Events::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetEventError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetEventError {
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
impl std::fmt::Display for GetEventError {
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
impl std::error::Error for GetEventError {}
/// Documented error responses of [`payment_disputes().get_all`](crate::resources::PaymentDisputes::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllPaymentDisputesError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllPaymentDisputesError {
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
impl std::fmt::Display for GetAllPaymentDisputesError {
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
impl std::error::Error for GetAllPaymentDisputesError {}
/// Documented error responses of [`payment_disputes().get`](crate::resources::PaymentDisputes::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentDisputeError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetPaymentDisputeError {
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
impl std::fmt::Display for GetPaymentDisputeError {
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
impl std::error::Error for GetPaymentDisputeError {}
/// Documented error responses of [`payment_flows().get_all`](crate::resources::PaymentFlows::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllPaymentFlowsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllPaymentFlowsError {
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
impl std::fmt::Display for GetAllPaymentFlowsError {
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
impl std::error::Error for GetAllPaymentFlowsError {}
/// Documented error responses of [`payment_flows().create`](crate::resources::PaymentFlows::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePaymentFlowError {
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
impl runtime::ApiError for CreatePaymentFlowError {
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
impl std::fmt::Display for CreatePaymentFlowError {
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
impl std::error::Error for CreatePaymentFlowError {}
/// Documented error responses of [`payment_flows().get`](crate::resources::PaymentFlows::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentFlowError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetPaymentFlowError {
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
impl std::fmt::Display for GetPaymentFlowError {
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
impl std::error::Error for GetPaymentFlowError {}
/// Documented error responses of [`payment_flows().update`](crate::resources::PaymentFlows::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePaymentFlowError {
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
impl runtime::ApiError for UpdatePaymentFlowError {
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
impl std::fmt::Display for UpdatePaymentFlowError {
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
impl std::error::Error for UpdatePaymentFlowError {}
/// Documented error responses of [`payment_flows().cancel`](crate::resources::PaymentFlows::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CancelPaymentFlowError {
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
impl runtime::ApiError for CancelPaymentFlowError {
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
impl std::fmt::Display for CancelPaymentFlowError {
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
impl std::error::Error for CancelPaymentFlowError {}
/// Documented error responses of [`payment_flows().capture`](crate::resources::PaymentFlows::capture).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CapturePaymentFlowError {
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
impl runtime::ApiError for CapturePaymentFlowError {
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
impl std::fmt::Display for CapturePaymentFlowError {
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
impl std::error::Error for CapturePaymentFlowError {}
/// Documented error responses of [`payment_flows().confirm`](crate::resources::PaymentFlows::confirm).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ConfirmPaymentFlowError {
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
impl runtime::ApiError for ConfirmPaymentFlowError {
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
impl std::fmt::Display for ConfirmPaymentFlowError {
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
impl std::error::Error for ConfirmPaymentFlowError {}
/// Documented error responses of [`payment_flows().get_refunds`](crate::resources::PaymentFlows::get_refunds).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentFlowRefundsError {
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
impl runtime::ApiError for GetPaymentFlowRefundsError {
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
impl std::fmt::Display for GetPaymentFlowRefundsError {
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
impl std::error::Error for GetPaymentFlowRefundsError {}
/// Documented error responses of [`payment_method_configurations().get_all`](crate::resources::PaymentMethodConfigurations::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllPaymentMethodConfigurationsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllPaymentMethodConfigurationsError {
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
impl std::fmt::Display for GetAllPaymentMethodConfigurationsError {
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
impl std::error::Error for GetAllPaymentMethodConfigurationsError {}
/// Documented error responses of [`payment_method_configurations().get`](crate::resources::PaymentMethodConfigurations::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentMethodConfigurationError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetPaymentMethodConfigurationError {
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
impl std::fmt::Display for GetPaymentMethodConfigurationError {
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
impl std::error::Error for GetPaymentMethodConfigurationError {}
/// Documented error responses of [`payment_method_configurations().update`](crate::resources::PaymentMethodConfigurations::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePaymentMethodConfigurationError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for UpdatePaymentMethodConfigurationError {
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
impl std::fmt::Display for UpdatePaymentMethodConfigurationError {
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
impl std::error::Error for UpdatePaymentMethodConfigurationError {}
/// Documented error responses of [`payment_methods().get_all`](crate::resources::PaymentMethods::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllPaymentMethodsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllPaymentMethodsError {
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
impl std::fmt::Display for GetAllPaymentMethodsError {
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
impl std::error::Error for GetAllPaymentMethodsError {}
/// Documented error responses of [`payment_methods().create`](crate::resources::PaymentMethods::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePaymentMethodError {
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
impl runtime::ApiError for CreatePaymentMethodError {
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
impl std::fmt::Display for CreatePaymentMethodError {
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
impl std::error::Error for CreatePaymentMethodError {}
/// Documented error responses of [`payment_methods().get_by_card`](crate::resources::PaymentMethods::get_by_card).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentMethodByCardError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetPaymentMethodByCardError {
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
impl std::fmt::Display for GetPaymentMethodByCardError {
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
impl std::error::Error for GetPaymentMethodByCardError {}
/// Documented error responses of [`payment_methods().get`](crate::resources::PaymentMethods::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentMethodError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetPaymentMethodError {
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
impl std::fmt::Display for GetPaymentMethodError {
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
impl std::error::Error for GetPaymentMethodError {}
/// Documented error responses of [`payment_methods().update`](crate::resources::PaymentMethods::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePaymentMethodError {
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
impl runtime::ApiError for UpdatePaymentMethodError {
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
impl std::fmt::Display for UpdatePaymentMethodError {
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
impl std::error::Error for UpdatePaymentMethodError {}
/// Documented error responses of [`payment_methods().attach`](crate::resources::PaymentMethods::attach).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AttachPaymentMethodError {
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
impl runtime::ApiError for AttachPaymentMethodError {
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
impl std::fmt::Display for AttachPaymentMethodError {
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
impl std::error::Error for AttachPaymentMethodError {}
/// Documented error responses of [`payment_methods().detach`](crate::resources::PaymentMethods::detach).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DetachPaymentMethodError {
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
impl runtime::ApiError for DetachPaymentMethodError {
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
impl std::fmt::Display for DetachPaymentMethodError {
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
impl std::error::Error for DetachPaymentMethodError {}
/// Documented error responses of [`payment_refunds().get_all`](crate::resources::PaymentRefunds::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllPaymentRefundsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllPaymentRefundsError {
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
impl std::fmt::Display for GetAllPaymentRefundsError {
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
impl std::error::Error for GetAllPaymentRefundsError {}
/// Documented error responses of [`payment_refunds().create`](crate::resources::PaymentRefunds::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePaymentRefundError {
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
impl runtime::ApiError for CreatePaymentRefundError {
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
impl std::fmt::Display for CreatePaymentRefundError {
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
impl std::error::Error for CreatePaymentRefundError {}
/// Documented error responses of [`payment_refunds().get`](crate::resources::PaymentRefunds::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentRefundError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetPaymentRefundError {
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
impl std::fmt::Display for GetPaymentRefundError {
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
impl std::error::Error for GetPaymentRefundError {}
/// Documented error responses of [`payment_refunds().update`](crate::resources::PaymentRefunds::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePaymentRefundError {
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
impl runtime::ApiError for UpdatePaymentRefundError {
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
impl std::fmt::Display for UpdatePaymentRefundError {
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
impl std::error::Error for UpdatePaymentRefundError {}
/// Documented error responses of [`payment_transactions().get_all`](crate::resources::PaymentTransactions::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllPaymentTransactionsError {
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
impl runtime::ApiError for GetAllPaymentTransactionsError {
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
impl std::fmt::Display for GetAllPaymentTransactionsError {
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
impl std::error::Error for GetAllPaymentTransactionsError {}
/// Documented error responses of [`payment_transactions().get`](crate::resources::PaymentTransactions::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPaymentTransactionError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetPaymentTransactionError {
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
impl std::fmt::Display for GetPaymentTransactionError {
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
impl std::error::Error for GetPaymentTransactionError {}
/// Documented error responses of [`prices().get_all`](crate::resources::Prices::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllPricesError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllPricesError {
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
impl std::fmt::Display for GetAllPricesError {
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
impl std::error::Error for GetAllPricesError {}
/// Documented error responses of [`prices().create`](crate::resources::Prices::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePriceError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CreatePriceError {
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
impl std::fmt::Display for CreatePriceError {
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
impl std::error::Error for CreatePriceError {}
/// Documented error responses of [`prices().get`](crate::resources::Prices::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPriceError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetPriceError {
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
impl std::fmt::Display for GetPriceError {
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
impl std::error::Error for GetPriceError {}
/// Documented error responses of [`prices().update`](crate::resources::Prices::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdatePriceError {
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
impl runtime::ApiError for UpdatePriceError {
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
impl std::fmt::Display for UpdatePriceError {
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
impl std::error::Error for UpdatePriceError {}
/// Documented error responses of [`products().get_all`](crate::resources::Products::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllProductsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllProductsError {
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
impl std::fmt::Display for GetAllProductsError {
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
impl std::error::Error for GetAllProductsError {}
/// Documented error responses of [`products().create`](crate::resources::Products::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateProductError {
    /// Status 400.
    /// Already Exists ID
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CreateProductError {
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
impl std::fmt::Display for CreateProductError {
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
impl std::error::Error for CreateProductError {}
/// Documented error responses of [`products().get`](crate::resources::Products::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetProductError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetProductError {
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
impl std::fmt::Display for GetProductError {
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
impl std::error::Error for GetProductError {}
/// Documented error responses of [`products().update`](crate::resources::Products::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateProductError {
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
impl runtime::ApiError for UpdateProductError {
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
impl std::fmt::Display for UpdateProductError {
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
impl std::error::Error for UpdateProductError {}
/// Documented error responses of [`products().delete`](crate::resources::Products::delete).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteProductError {
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
impl runtime::ApiError for DeleteProductError {
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
impl std::fmt::Display for DeleteProductError {
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
impl std::error::Error for DeleteProductError {}
/// Documented error responses of [`setup_flows().get_all`](crate::resources::SetupFlows::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllSetupFlowsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllSetupFlowsError {
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
impl std::fmt::Display for GetAllSetupFlowsError {
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
impl std::error::Error for GetAllSetupFlowsError {}
/// Documented error responses of [`setup_flows().create`](crate::resources::SetupFlows::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateSetupFlowError {
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
impl runtime::ApiError for CreateSetupFlowError {
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
impl std::fmt::Display for CreateSetupFlowError {
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
impl std::error::Error for CreateSetupFlowError {}
/// Documented error responses of [`setup_flows().get`](crate::resources::SetupFlows::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSetupFlowError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetSetupFlowError {
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
impl std::fmt::Display for GetSetupFlowError {
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
impl std::error::Error for GetSetupFlowError {}
/// Documented error responses of [`setup_flows().update`](crate::resources::SetupFlows::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateSetupFlowError {
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
impl runtime::ApiError for UpdateSetupFlowError {
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
impl std::fmt::Display for UpdateSetupFlowError {
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
impl std::error::Error for UpdateSetupFlowError {}
/// Documented error responses of [`setup_flows().cancel`](crate::resources::SetupFlows::cancel).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CancelSetupFlowError {
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
impl runtime::ApiError for CancelSetupFlowError {
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
impl std::fmt::Display for CancelSetupFlowError {
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
impl std::error::Error for CancelSetupFlowError {}
/// Documented error responses of [`statements().get_all`](crate::resources::Statements::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllStatementsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllStatementsError {
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
impl std::fmt::Display for GetAllStatementsError {
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
impl std::error::Error for GetAllStatementsError {}
/// Documented error responses of [`statements().get`](crate::resources::Statements::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetStatementError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetStatementError {
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
impl std::fmt::Display for GetStatementError {
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
impl std::error::Error for GetStatementError {}
/// Documented error responses of [`statements().create_url`](crate::resources::Statements::create_url).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateStatementUrlError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CreateStatementUrlError {
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
impl std::fmt::Display for CreateStatementUrlError {
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
impl std::error::Error for CreateStatementUrlError {}
/// Documented error responses of [`tax_rates().get_all`](crate::resources::TaxRates::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllTaxRatesError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllTaxRatesError {
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
impl std::fmt::Display for GetAllTaxRatesError {
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
impl std::error::Error for GetAllTaxRatesError {}
/// Documented error responses of [`tax_rates().create`](crate::resources::TaxRates::create).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateTaxRateError {
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for CreateTaxRateError {
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
impl std::fmt::Display for CreateTaxRateError {
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
impl std::error::Error for CreateTaxRateError {}
/// Documented error responses of [`tax_rates().get`](crate::resources::TaxRates::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTaxRateError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetTaxRateError {
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
impl std::fmt::Display for GetTaxRateError {
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
impl std::error::Error for GetTaxRateError {}
/// Documented error responses of [`tax_rates().update`](crate::resources::TaxRates::update).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateTaxRateError {
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
impl runtime::ApiError for UpdateTaxRateError {
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
impl std::fmt::Display for UpdateTaxRateError {
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
impl std::error::Error for UpdateTaxRateError {}
/// Documented error responses of [`terms().get_all`](crate::resources::Terms::get_all).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAllTermsError {
    /// Status 400.
    /// Resource Missing
    BadRequest(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetAllTermsError {
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
impl std::fmt::Display for GetAllTermsError {
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
impl std::error::Error for GetAllTermsError {}
/// Documented error responses of [`terms().get`](crate::resources::Terms::get).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTermError {
    /// Status 404.
    /// Not Found
    NotFound(models::ErrorResponse),
    /// Status 422.
    /// Validation Error
    UnprocessableEntity(models::ErrorResponse),
    /// A status this operation does not document; the body is kept as text.
    Unexpected { status: u16, body: String },
}
impl runtime::ApiError for GetTermError {
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
impl std::fmt::Display for GetTermError {
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
impl std::error::Error for GetTermError {}
