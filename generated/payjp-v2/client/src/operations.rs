//! One async method per operation, a `_with_response` variant that also returns the status,
//! headers and request id, and for list operations a `_stream` of every item.
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::params::*;
#[allow(unused_imports)]
use crate::errors::*;
use crate::{runtime, Client};
impl Client {
    /// Get All Balances
    ///
    /// `GET /v2/balances`
    pub async fn get_all_balances(
        &self,
        params: &GetAllBalancesParams,
    ) -> Result<models::BalanceListResponse, runtime::Error<GetAllBalancesError>> {
        self.get_all_balances_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_balances`](Self::get_all_balances), with the response's status, headers and request id.
    pub async fn get_all_balances_with_response(
        &self,
        params: &GetAllBalancesParams,
    ) -> Result<
        runtime::Response<models::BalanceListResponse>,
        runtime::Error<GetAllBalancesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/balances")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "since",
            &params.since,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "until",
            &params.until,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "state",
            &params.state,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "closed",
            &params.closed,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "since_due_date",
            &params.since_due_date,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "until_due_date",
            &params.until_due_date,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/balances", runtime::decode_json).await
    }
    /// Every item of [`get_all_balances`](Self::get_all_balances), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_balances_stream(
        &self,
        params: &GetAllBalancesParams,
    ) -> runtime::Paginator<models::BalanceResponse, GetAllBalancesError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_balances(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get Balance
    ///
    /// `GET /v2/balances/{balance_id}`
    pub async fn get_balance(
        &self,
        balance_id: &str,
    ) -> Result<models::BalanceResponse, runtime::Error<GetBalanceError>> {
        self.get_balance_with_response(balance_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_balance`](Self::get_balance), with the response's status, headers and request id.
    pub async fn get_balance_with_response(
        &self,
        balance_id: &str,
    ) -> Result<
        runtime::Response<models::BalanceResponse>,
        runtime::Error<GetBalanceError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/balances/"),
            runtime::encode_path_segment(balance_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/balances/{balance_id}", runtime::decode_json)
            .await
    }
    /// Create Balance Url
    ///
    /// `POST /v2/balances/{balance_id}/balance_urls`
    pub async fn create_balance_url(
        &self,
        balance_id: &str,
    ) -> Result<models::BalanceUrlResponse, runtime::Error<CreateBalanceUrlError>> {
        self.create_balance_url_with_response(balance_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_balance_url`](Self::create_balance_url), with the response's status, headers and request id.
    pub async fn create_balance_url_with_response(
        &self,
        balance_id: &str,
    ) -> Result<
        runtime::Response<models::BalanceUrlResponse>,
        runtime::Error<CreateBalanceUrlError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/balances/"),
            runtime::encode_path_segment(balance_id)?,
            std::borrow::Cow::Borrowed("/balance_urls"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        self.transport
            .execute(
                request,
                "/v2/balances/{balance_id}/balance_urls",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Checkout Sessions
    ///
    /// `GET /v2/checkout/sessions`
    pub async fn get_all_checkout_sessions(
        &self,
        params: &GetAllCheckoutSessionsParams,
    ) -> Result<
        models::CheckoutSessionListResponse,
        runtime::Error<GetAllCheckoutSessionsError>,
    > {
        self.get_all_checkout_sessions_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_checkout_sessions`](Self::get_all_checkout_sessions), with the response's status, headers and request id.
    pub async fn get_all_checkout_sessions_with_response(
        &self,
        params: &GetAllCheckoutSessionsParams,
    ) -> Result<
        runtime::Response<models::CheckoutSessionListResponse>,
        runtime::Error<GetAllCheckoutSessionsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/checkout/sessions")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(request, "/v2/checkout/sessions", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all_checkout_sessions`](Self::get_all_checkout_sessions), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_checkout_sessions_stream(
        &self,
        params: &GetAllCheckoutSessionsParams,
    ) -> runtime::Paginator<
        models::CheckoutSessionDetailsResponse,
        GetAllCheckoutSessionsError,
    > {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_checkout_sessions(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Checkout Session
    ///
    /// `POST /v2/checkout/sessions`
    pub async fn create_checkout_session(
        &self,
        body: &models::CheckoutSessionCreateRequest,
    ) -> Result<
        models::CheckoutSessionDetailsResponse,
        runtime::Error<CreateCheckoutSessionError>,
    > {
        self.create_checkout_session_with_response(body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_checkout_session`](Self::create_checkout_session), with the response's status, headers and request id.
    pub async fn create_checkout_session_with_response(
        &self,
        body: &models::CheckoutSessionCreateRequest,
    ) -> Result<
        runtime::Response<models::CheckoutSessionDetailsResponse>,
        runtime::Error<CreateCheckoutSessionError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/checkout/sessions")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(request, "/v2/checkout/sessions", runtime::decode_json)
            .await
    }
    /// Get Checkout Session
    ///
    /// `GET /v2/checkout/sessions/{checkout_session_id}`
    pub async fn get_checkout_session(
        &self,
        checkout_session_id: &str,
    ) -> Result<
        models::CheckoutSessionDetailsResponse,
        runtime::Error<GetCheckoutSessionError>,
    > {
        self.get_checkout_session_with_response(checkout_session_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_checkout_session`](Self::get_checkout_session), with the response's status, headers and request id.
    pub async fn get_checkout_session_with_response(
        &self,
        checkout_session_id: &str,
    ) -> Result<
        runtime::Response<models::CheckoutSessionDetailsResponse>,
        runtime::Error<GetCheckoutSessionError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/checkout/sessions/"),
            runtime::encode_path_segment(checkout_session_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(
                request,
                "/v2/checkout/sessions/{checkout_session_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Update Checkout Session
    ///
    /// `POST /v2/checkout/sessions/{checkout_session_id}`
    pub async fn update_checkout_session(
        &self,
        checkout_session_id: &str,
        body: &models::CheckoutSessionUpdateRequest,
    ) -> Result<
        models::CheckoutSessionDetailsResponse,
        runtime::Error<UpdateCheckoutSessionError>,
    > {
        self.update_checkout_session_with_response(checkout_session_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_checkout_session`](Self::update_checkout_session), with the response's status, headers and request id.
    pub async fn update_checkout_session_with_response(
        &self,
        checkout_session_id: &str,
        body: &models::CheckoutSessionUpdateRequest,
    ) -> Result<
        runtime::Response<models::CheckoutSessionDetailsResponse>,
        runtime::Error<UpdateCheckoutSessionError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/checkout/sessions/"),
            runtime::encode_path_segment(checkout_session_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(
                request,
                "/v2/checkout/sessions/{checkout_session_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Checkout Session Line Items
    ///
    /// `GET /v2/checkout/sessions/{checkout_session_id}/line_items`
    pub async fn get_all_checkout_session_line_items(
        &self,
        checkout_session_id: &str,
        params: &GetAllCheckoutSessionLineItemsParams,
    ) -> Result<
        models::CheckoutSessionLineItemListResponse,
        runtime::Error<GetAllCheckoutSessionLineItemsError>,
    > {
        self.get_all_checkout_session_line_items_with_response(
                checkout_session_id,
                params,
            )
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_checkout_session_line_items`](Self::get_all_checkout_session_line_items), with the response's status, headers and request id.
    pub async fn get_all_checkout_session_line_items_with_response(
        &self,
        checkout_session_id: &str,
        params: &GetAllCheckoutSessionLineItemsParams,
    ) -> Result<
        runtime::Response<models::CheckoutSessionLineItemListResponse>,
        runtime::Error<GetAllCheckoutSessionLineItemsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/checkout/sessions/"),
            runtime::encode_path_segment(checkout_session_id)?,
            std::borrow::Cow::Borrowed("/line_items"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(
                request,
                "/v2/checkout/sessions/{checkout_session_id}/line_items",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`get_all_checkout_session_line_items`](Self::get_all_checkout_session_line_items), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_checkout_session_line_items_stream(
        &self,
        checkout_session_id: &str,
        params: &GetAllCheckoutSessionLineItemsParams,
    ) -> runtime::Paginator<
        models::CheckoutSessionLineItemDataResponse,
        GetAllCheckoutSessionLineItemsError,
    > {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        let checkout_session_id = checkout_session_id.to_owned();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let checkout_session_id = checkout_session_id.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client
                        .get_all_checkout_session_line_items(
                            &checkout_session_id,
                            &params,
                        )
                        .await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get All Customers
    ///
    /// `GET /v2/customers`
    pub async fn get_all_customers(
        &self,
        params: &GetAllCustomersParams,
    ) -> Result<models::CustomerListResponse, runtime::Error<GetAllCustomersError>> {
        self.get_all_customers_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_customers`](Self::get_all_customers), with the response's status, headers and request id.
    pub async fn get_all_customers_with_response(
        &self,
        params: &GetAllCustomersParams,
    ) -> Result<
        runtime::Response<models::CustomerListResponse>,
        runtime::Error<GetAllCustomersError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/customers")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/customers", runtime::decode_json).await
    }
    /// Every item of [`get_all_customers`](Self::get_all_customers), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_customers_stream(
        &self,
        params: &GetAllCustomersParams,
    ) -> runtime::Paginator<models::CustomerResponse, GetAllCustomersError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_customers(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Customer
    ///
    /// `POST /v2/customers`
    pub async fn create_customer(
        &self,
        body: &models::CustomerCreateRequest,
    ) -> Result<models::CustomerResponse, runtime::Error<CreateCustomerError>> {
        self.create_customer_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create_customer`](Self::create_customer), with the response's status, headers and request id.
    pub async fn create_customer_with_response(
        &self,
        body: &models::CustomerCreateRequest,
    ) -> Result<
        runtime::Response<models::CustomerResponse>,
        runtime::Error<CreateCustomerError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/customers")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, "/v2/customers", runtime::decode_json).await
    }
    /// Get Customer
    ///
    /// `GET /v2/customers/{customer_id}`
    pub async fn get_customer(
        &self,
        customer_id: &str,
    ) -> Result<models::CustomerResponse, runtime::Error<GetCustomerError>> {
        self.get_customer_with_response(customer_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_customer`](Self::get_customer), with the response's status, headers and request id.
    pub async fn get_customer_with_response(
        &self,
        customer_id: &str,
    ) -> Result<
        runtime::Response<models::CustomerResponse>,
        runtime::Error<GetCustomerError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/customers/"),
            runtime::encode_path_segment(customer_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/customers/{customer_id}", runtime::decode_json)
            .await
    }
    /// Update Customer
    ///
    /// `POST /v2/customers/{customer_id}`
    pub async fn update_customer(
        &self,
        customer_id: &str,
        body: &models::CustomerUpdateRequest,
    ) -> Result<models::CustomerResponse, runtime::Error<UpdateCustomerError>> {
        self.update_customer_with_response(customer_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_customer`](Self::update_customer), with the response's status, headers and request id.
    pub async fn update_customer_with_response(
        &self,
        customer_id: &str,
        body: &models::CustomerUpdateRequest,
    ) -> Result<
        runtime::Response<models::CustomerResponse>,
        runtime::Error<UpdateCustomerError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/customers/"),
            runtime::encode_path_segment(customer_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(request, "/v2/customers/{customer_id}", runtime::decode_json)
            .await
    }
    /// Delete Customer
    ///
    /// `DELETE /v2/customers/{customer_id}`
    pub async fn delete_customer(
        &self,
        customer_id: &str,
    ) -> Result<models::CustomerResponse, runtime::Error<DeleteCustomerError>> {
        self.delete_customer_with_response(customer_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`delete_customer`](Self::delete_customer), with the response's status, headers and request id.
    pub async fn delete_customer_with_response(
        &self,
        customer_id: &str,
    ) -> Result<
        runtime::Response<models::CustomerResponse>,
        runtime::Error<DeleteCustomerError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/customers/"),
            runtime::encode_path_segment(customer_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::DELETE, &path);
        self.transport
            .execute(request, "/v2/customers/{customer_id}", runtime::decode_json)
            .await
    }
    /// Get Customer Payment Methods
    ///
    /// `GET /v2/customers/{customer_id}/payment_methods`
    pub async fn get_customer_payment_methods(
        &self,
        customer_id: &str,
        params: &GetCustomerPaymentMethodsParams,
    ) -> Result<
        models::PaymentMethodListResponse,
        runtime::Error<GetCustomerPaymentMethodsError>,
    > {
        self.get_customer_payment_methods_with_response(customer_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_customer_payment_methods`](Self::get_customer_payment_methods), with the response's status, headers and request id.
    pub async fn get_customer_payment_methods_with_response(
        &self,
        customer_id: &str,
        params: &GetCustomerPaymentMethodsParams,
    ) -> Result<
        runtime::Response<models::PaymentMethodListResponse>,
        runtime::Error<GetCustomerPaymentMethodsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/customers/"),
            runtime::encode_path_segment(customer_id)?,
            std::borrow::Cow::Borrowed("/payment_methods"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(
                request,
                "/v2/customers/{customer_id}/payment_methods",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`get_customer_payment_methods`](Self::get_customer_payment_methods), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_customer_payment_methods_stream(
        &self,
        customer_id: &str,
        params: &GetCustomerPaymentMethodsParams,
    ) -> runtime::Paginator<
        models::PaymentMethodResponse,
        GetCustomerPaymentMethodsError,
    > {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        let customer_id = customer_id.to_owned();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let customer_id = customer_id.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client
                        .get_customer_payment_methods(&customer_id, &params)
                        .await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get All Events
    ///
    /// `GET /v2/events`
    pub async fn get_all_events(
        &self,
        params: &GetAllEventsParams,
    ) -> Result<models::EventListResponse, runtime::Error<GetAllEventsError>> {
        self.get_all_events_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_events`](Self::get_all_events), with the response's status, headers and request id.
    pub async fn get_all_events_with_response(
        &self,
        params: &GetAllEventsParams,
    ) -> Result<
        runtime::Response<models::EventListResponse>,
        runtime::Error<GetAllEventsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/events")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "resource_id",
            &params.resource_id,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "object",
            &params.object,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/events", runtime::decode_json).await
    }
    /// Every item of [`get_all_events`](Self::get_all_events), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_events_stream(
        &self,
        params: &GetAllEventsParams,
    ) -> runtime::Paginator<models::EventResponse, GetAllEventsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_events(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get Event
    ///
    /// `GET /v2/events/{event_id}`
    pub async fn get_event(
        &self,
        event_id: &str,
    ) -> Result<models::EventResponse, runtime::Error<GetEventError>> {
        self.get_event_with_response(event_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get_event`](Self::get_event), with the response's status, headers and request id.
    pub async fn get_event_with_response(
        &self,
        event_id: &str,
    ) -> Result<
        runtime::Response<models::EventResponse>,
        runtime::Error<GetEventError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/events/"),
            runtime::encode_path_segment(event_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/events/{event_id}", runtime::decode_json)
            .await
    }
    /// Get All Payment Disputes
    ///
    /// `GET /v2/payment_disputes`
    pub async fn get_all_payment_disputes(
        &self,
        params: &GetAllPaymentDisputesParams,
    ) -> Result<
        models::PaymentDisputeListResponse,
        runtime::Error<GetAllPaymentDisputesError>,
    > {
        self.get_all_payment_disputes_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_payment_disputes`](Self::get_all_payment_disputes), with the response's status, headers and request id.
    pub async fn get_all_payment_disputes_with_response(
        &self,
        params: &GetAllPaymentDisputesParams,
    ) -> Result<
        runtime::Response<models::PaymentDisputeListResponse>,
        runtime::Error<GetAllPaymentDisputesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_disputes")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payment_flow_id",
            &params.payment_flow_id,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(request, "/v2/payment_disputes", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all_payment_disputes`](Self::get_all_payment_disputes), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_payment_disputes_stream(
        &self,
        params: &GetAllPaymentDisputesParams,
    ) -> runtime::Paginator<models::PaymentDisputeResponse, GetAllPaymentDisputesError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_payment_disputes(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get Payment Dispute
    ///
    /// `GET /v2/payment_disputes/{payment_dispute_id}`
    pub async fn get_payment_dispute(
        &self,
        payment_dispute_id: &str,
    ) -> Result<models::PaymentDisputeResponse, runtime::Error<GetPaymentDisputeError>> {
        self.get_payment_dispute_with_response(payment_dispute_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_dispute`](Self::get_payment_dispute), with the response's status, headers and request id.
    pub async fn get_payment_dispute_with_response(
        &self,
        payment_dispute_id: &str,
    ) -> Result<
        runtime::Response<models::PaymentDisputeResponse>,
        runtime::Error<GetPaymentDisputeError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_disputes/"),
            runtime::encode_path_segment(payment_dispute_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(
                request,
                "/v2/payment_disputes/{payment_dispute_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Payment Flows
    ///
    /// `GET /v2/payment_flows`
    pub async fn get_all_payment_flows(
        &self,
        params: &GetAllPaymentFlowsParams,
    ) -> Result<
        models::PaymentFlowListResponse,
        runtime::Error<GetAllPaymentFlowsError>,
    > {
        self.get_all_payment_flows_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_payment_flows`](Self::get_all_payment_flows), with the response's status, headers and request id.
    pub async fn get_all_payment_flows_with_response(
        &self,
        params: &GetAllPaymentFlowsParams,
    ) -> Result<
        runtime::Response<models::PaymentFlowListResponse>,
        runtime::Error<GetAllPaymentFlowsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_flows")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "customer_id",
            &params.customer_id,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/payment_flows", runtime::decode_json).await
    }
    /// Every item of [`get_all_payment_flows`](Self::get_all_payment_flows), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_payment_flows_stream(
        &self,
        params: &GetAllPaymentFlowsParams,
    ) -> runtime::Paginator<models::PaymentFlowResponse, GetAllPaymentFlowsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_payment_flows(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Payment Flow
    ///
    /// `POST /v2/payment_flows`
    pub async fn create_payment_flow(
        &self,
        body: &models::PaymentFlowCreateRequest,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CreatePaymentFlowError>> {
        self.create_payment_flow_with_response(body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_payment_flow`](Self::create_payment_flow), with the response's status, headers and request id.
    pub async fn create_payment_flow_with_response(
        &self,
        body: &models::PaymentFlowCreateRequest,
    ) -> Result<
        runtime::Response<models::PaymentFlowResponse>,
        runtime::Error<CreatePaymentFlowError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_flows")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, "/v2/payment_flows", runtime::decode_json).await
    }
    /// Get Payment Flow
    ///
    /// `GET /v2/payment_flows/{payment_flow_id}`
    pub async fn get_payment_flow(
        &self,
        payment_flow_id: &str,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<GetPaymentFlowError>> {
        self.get_payment_flow_with_response(payment_flow_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_flow`](Self::get_payment_flow), with the response's status, headers and request id.
    pub async fn get_payment_flow_with_response(
        &self,
        payment_flow_id: &str,
    ) -> Result<
        runtime::Response<models::PaymentFlowResponse>,
        runtime::Error<GetPaymentFlowError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(
                request,
                "/v2/payment_flows/{payment_flow_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Update Payment Flow
    ///
    /// `POST /v2/payment_flows/{payment_flow_id}`
    pub async fn update_payment_flow(
        &self,
        payment_flow_id: &str,
        body: &models::PaymentFlowUpdateRequest,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<UpdatePaymentFlowError>> {
        self.update_payment_flow_with_response(payment_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_payment_flow`](Self::update_payment_flow), with the response's status, headers and request id.
    pub async fn update_payment_flow_with_response(
        &self,
        payment_flow_id: &str,
        body: &models::PaymentFlowUpdateRequest,
    ) -> Result<
        runtime::Response<models::PaymentFlowResponse>,
        runtime::Error<UpdatePaymentFlowError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(
                request,
                "/v2/payment_flows/{payment_flow_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Cancel Payment Flow
    ///
    /// `POST /v2/payment_flows/{payment_flow_id}/cancel`
    pub async fn cancel_payment_flow(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowCancelRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CancelPaymentFlowError>> {
        self.cancel_payment_flow_with_response(payment_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`cancel_payment_flow`](Self::cancel_payment_flow), with the response's status, headers and request id.
    pub async fn cancel_payment_flow_with_response(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowCancelRequest>,
    ) -> Result<
        runtime::Response<models::PaymentFlowResponse>,
        runtime::Error<CancelPaymentFlowError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport
            .execute(
                request,
                "/v2/payment_flows/{payment_flow_id}/cancel",
                runtime::decode_json,
            )
            .await
    }
    /// Capture Payment Flow
    ///
    /// `POST /v2/payment_flows/{payment_flow_id}/capture`
    pub async fn capture_payment_flow(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowCaptureRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CapturePaymentFlowError>> {
        self.capture_payment_flow_with_response(payment_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`capture_payment_flow`](Self::capture_payment_flow), with the response's status, headers and request id.
    pub async fn capture_payment_flow_with_response(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowCaptureRequest>,
    ) -> Result<
        runtime::Response<models::PaymentFlowResponse>,
        runtime::Error<CapturePaymentFlowError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id)?,
            std::borrow::Cow::Borrowed("/capture"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport
            .execute(
                request,
                "/v2/payment_flows/{payment_flow_id}/capture",
                runtime::decode_json,
            )
            .await
    }
    /// Confirm Payment Flow
    ///
    /// `POST /v2/payment_flows/{payment_flow_id}/confirm`
    pub async fn confirm_payment_flow(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowConfirmRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<ConfirmPaymentFlowError>> {
        self.confirm_payment_flow_with_response(payment_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`confirm_payment_flow`](Self::confirm_payment_flow), with the response's status, headers and request id.
    pub async fn confirm_payment_flow_with_response(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowConfirmRequest>,
    ) -> Result<
        runtime::Response<models::PaymentFlowResponse>,
        runtime::Error<ConfirmPaymentFlowError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id)?,
            std::borrow::Cow::Borrowed("/confirm"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport
            .execute(
                request,
                "/v2/payment_flows/{payment_flow_id}/confirm",
                runtime::decode_json,
            )
            .await
    }
    /// Get Payment Flow Refunds
    ///
    /// `GET /v2/payment_flows/{payment_flow_id}/refunds`
    pub async fn get_payment_flow_refunds(
        &self,
        payment_flow_id: &str,
        params: &GetPaymentFlowRefundsParams,
    ) -> Result<
        models::PaymentRefundListResponse,
        runtime::Error<GetPaymentFlowRefundsError>,
    > {
        self.get_payment_flow_refunds_with_response(payment_flow_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_flow_refunds`](Self::get_payment_flow_refunds), with the response's status, headers and request id.
    pub async fn get_payment_flow_refunds_with_response(
        &self,
        payment_flow_id: &str,
        params: &GetPaymentFlowRefundsParams,
    ) -> Result<
        runtime::Response<models::PaymentRefundListResponse>,
        runtime::Error<GetPaymentFlowRefundsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id)?,
            std::borrow::Cow::Borrowed("/refunds"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(
                request,
                "/v2/payment_flows/{payment_flow_id}/refunds",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`get_payment_flow_refunds`](Self::get_payment_flow_refunds), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_payment_flow_refunds_stream(
        &self,
        payment_flow_id: &str,
        params: &GetPaymentFlowRefundsParams,
    ) -> runtime::Paginator<models::PaymentRefundResponse, GetPaymentFlowRefundsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        let payment_flow_id = payment_flow_id.to_owned();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let payment_flow_id = payment_flow_id.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client
                        .get_payment_flow_refunds(&payment_flow_id, &params)
                        .await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get All Payment Method Configurations
    ///
    /// `GET /v2/payment_method_configurations`
    pub async fn get_all_payment_method_configurations(
        &self,
        params: &GetAllPaymentMethodConfigurationsParams,
    ) -> Result<
        models::PaymentMethodConfigurationListResponse,
        runtime::Error<GetAllPaymentMethodConfigurationsError>,
    > {
        self.get_all_payment_method_configurations_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_payment_method_configurations`](Self::get_all_payment_method_configurations), with the response's status, headers and request id.
    pub async fn get_all_payment_method_configurations_with_response(
        &self,
        params: &GetAllPaymentMethodConfigurationsParams,
    ) -> Result<
        runtime::Response<models::PaymentMethodConfigurationListResponse>,
        runtime::Error<GetAllPaymentMethodConfigurationsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_method_configurations")]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(request, "/v2/payment_method_configurations", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all_payment_method_configurations`](Self::get_all_payment_method_configurations), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_payment_method_configurations_stream(
        &self,
        params: &GetAllPaymentMethodConfigurationsParams,
    ) -> runtime::Paginator<
        models::PaymentMethodConfigurationDetailsResponse,
        GetAllPaymentMethodConfigurationsError,
    > {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client
                        .get_all_payment_method_configurations(&params)
                        .await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get Payment Method Configuration
    ///
    /// `GET /v2/payment_method_configurations/{payment_method_configuration_id}`
    pub async fn get_payment_method_configuration(
        &self,
        payment_method_configuration_id: &str,
    ) -> Result<
        models::PaymentMethodConfigurationDetailsResponse,
        runtime::Error<GetPaymentMethodConfigurationError>,
    > {
        self.get_payment_method_configuration_with_response(
                payment_method_configuration_id,
            )
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_method_configuration`](Self::get_payment_method_configuration), with the response's status, headers and request id.
    pub async fn get_payment_method_configuration_with_response(
        &self,
        payment_method_configuration_id: &str,
    ) -> Result<
        runtime::Response<models::PaymentMethodConfigurationDetailsResponse>,
        runtime::Error<GetPaymentMethodConfigurationError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_method_configurations/"),
            runtime::encode_path_segment(payment_method_configuration_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(
                request,
                "/v2/payment_method_configurations/{payment_method_configuration_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Update Payment Method Configuration
    ///
    /// `POST /v2/payment_method_configurations/{payment_method_configuration_id}`
    pub async fn update_payment_method_configuration(
        &self,
        payment_method_configuration_id: &str,
        body: &models::PaymentMethodConfigurationUpdateRequest,
    ) -> Result<
        models::PaymentMethodConfigurationDetailsResponse,
        runtime::Error<UpdatePaymentMethodConfigurationError>,
    > {
        self.update_payment_method_configuration_with_response(
                payment_method_configuration_id,
                body,
            )
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_payment_method_configuration`](Self::update_payment_method_configuration), with the response's status, headers and request id.
    pub async fn update_payment_method_configuration_with_response(
        &self,
        payment_method_configuration_id: &str,
        body: &models::PaymentMethodConfigurationUpdateRequest,
    ) -> Result<
        runtime::Response<models::PaymentMethodConfigurationDetailsResponse>,
        runtime::Error<UpdatePaymentMethodConfigurationError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_method_configurations/"),
            runtime::encode_path_segment(payment_method_configuration_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(
                request,
                "/v2/payment_method_configurations/{payment_method_configuration_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Payment Methods
    ///
    /// `GET /v2/payment_methods`
    pub async fn get_all_payment_methods(
        &self,
        params: &GetAllPaymentMethodsParams,
    ) -> Result<
        models::PaymentMethodListResponse,
        runtime::Error<GetAllPaymentMethodsError>,
    > {
        self.get_all_payment_methods_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_payment_methods`](Self::get_all_payment_methods), with the response's status, headers and request id.
    pub async fn get_all_payment_methods_with_response(
        &self,
        params: &GetAllPaymentMethodsParams,
    ) -> Result<
        runtime::Response<models::PaymentMethodListResponse>,
        runtime::Error<GetAllPaymentMethodsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_methods")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(request, "/v2/payment_methods", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all_payment_methods`](Self::get_all_payment_methods), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_payment_methods_stream(
        &self,
        params: &GetAllPaymentMethodsParams,
    ) -> runtime::Paginator<models::PaymentMethodResponse, GetAllPaymentMethodsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_payment_methods(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Payment Method
    ///
    /// `POST /v2/payment_methods`
    pub async fn create_payment_method(
        &self,
        body: &models::PaymentMethodCreateRequest,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<CreatePaymentMethodError>,
    > {
        self.create_payment_method_with_response(body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_payment_method`](Self::create_payment_method), with the response's status, headers and request id.
    pub async fn create_payment_method_with_response(
        &self,
        body: &models::PaymentMethodCreateRequest,
    ) -> Result<
        runtime::Response<models::PaymentMethodResponse>,
        runtime::Error<CreatePaymentMethodError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_methods")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(request, "/v2/payment_methods", runtime::decode_json)
            .await
    }
    /// Get Payment Method By Card
    ///
    /// `GET /v2/payment_methods/cards/{card_id}`
    pub async fn get_payment_method_by_card(
        &self,
        card_id: &str,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<GetPaymentMethodByCardError>,
    > {
        self.get_payment_method_by_card_with_response(card_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_method_by_card`](Self::get_payment_method_by_card), with the response's status, headers and request id.
    pub async fn get_payment_method_by_card_with_response(
        &self,
        card_id: &str,
    ) -> Result<
        runtime::Response<models::PaymentMethodResponse>,
        runtime::Error<GetPaymentMethodByCardError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/cards/"),
            runtime::encode_path_segment(card_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(
                request,
                "/v2/payment_methods/cards/{card_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Get Payment Method
    ///
    /// `GET /v2/payment_methods/{payment_method_id}`
    pub async fn get_payment_method(
        &self,
        payment_method_id: &str,
    ) -> Result<models::PaymentMethodResponse, runtime::Error<GetPaymentMethodError>> {
        self.get_payment_method_with_response(payment_method_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_method`](Self::get_payment_method), with the response's status, headers and request id.
    pub async fn get_payment_method_with_response(
        &self,
        payment_method_id: &str,
    ) -> Result<
        runtime::Response<models::PaymentMethodResponse>,
        runtime::Error<GetPaymentMethodError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/"),
            runtime::encode_path_segment(payment_method_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(
                request,
                "/v2/payment_methods/{payment_method_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Update Payment Method
    ///
    /// `POST /v2/payment_methods/{payment_method_id}`
    pub async fn update_payment_method(
        &self,
        payment_method_id: &str,
        body: &models::PaymentMethodUpdateRequest,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<UpdatePaymentMethodError>,
    > {
        self.update_payment_method_with_response(payment_method_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_payment_method`](Self::update_payment_method), with the response's status, headers and request id.
    pub async fn update_payment_method_with_response(
        &self,
        payment_method_id: &str,
        body: &models::PaymentMethodUpdateRequest,
    ) -> Result<
        runtime::Response<models::PaymentMethodResponse>,
        runtime::Error<UpdatePaymentMethodError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/"),
            runtime::encode_path_segment(payment_method_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(
                request,
                "/v2/payment_methods/{payment_method_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Attach Payment Method
    ///
    /// `POST /v2/payment_methods/{payment_method_id}/attach`
    pub async fn attach_payment_method(
        &self,
        payment_method_id: &str,
        body: &models::PaymentMethodAttachRequest,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<AttachPaymentMethodError>,
    > {
        self.attach_payment_method_with_response(payment_method_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`attach_payment_method`](Self::attach_payment_method), with the response's status, headers and request id.
    pub async fn attach_payment_method_with_response(
        &self,
        payment_method_id: &str,
        body: &models::PaymentMethodAttachRequest,
    ) -> Result<
        runtime::Response<models::PaymentMethodResponse>,
        runtime::Error<AttachPaymentMethodError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/"),
            runtime::encode_path_segment(payment_method_id)?,
            std::borrow::Cow::Borrowed("/attach"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(
                request,
                "/v2/payment_methods/{payment_method_id}/attach",
                runtime::decode_json,
            )
            .await
    }
    /// Detach Payment Method
    ///
    /// `POST /v2/payment_methods/{payment_method_id}/detach`
    pub async fn detach_payment_method(
        &self,
        payment_method_id: &str,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<DetachPaymentMethodError>,
    > {
        self.detach_payment_method_with_response(payment_method_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`detach_payment_method`](Self::detach_payment_method), with the response's status, headers and request id.
    pub async fn detach_payment_method_with_response(
        &self,
        payment_method_id: &str,
    ) -> Result<
        runtime::Response<models::PaymentMethodResponse>,
        runtime::Error<DetachPaymentMethodError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/"),
            runtime::encode_path_segment(payment_method_id)?,
            std::borrow::Cow::Borrowed("/detach"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        self.transport
            .execute(
                request,
                "/v2/payment_methods/{payment_method_id}/detach",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Payment Refunds
    ///
    /// `GET /v2/payment_refunds`
    pub async fn get_all_payment_refunds(
        &self,
        params: &GetAllPaymentRefundsParams,
    ) -> Result<
        models::PaymentRefundListResponse,
        runtime::Error<GetAllPaymentRefundsError>,
    > {
        self.get_all_payment_refunds_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_payment_refunds`](Self::get_all_payment_refunds), with the response's status, headers and request id.
    pub async fn get_all_payment_refunds_with_response(
        &self,
        params: &GetAllPaymentRefundsParams,
    ) -> Result<
        runtime::Response<models::PaymentRefundListResponse>,
        runtime::Error<GetAllPaymentRefundsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_refunds")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(request, "/v2/payment_refunds", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all_payment_refunds`](Self::get_all_payment_refunds), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_payment_refunds_stream(
        &self,
        params: &GetAllPaymentRefundsParams,
    ) -> runtime::Paginator<models::PaymentRefundResponse, GetAllPaymentRefundsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_payment_refunds(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Payment Refund
    ///
    /// `POST /v2/payment_refunds`
    pub async fn create_payment_refund(
        &self,
        body: &models::PaymentRefundCreateRequest,
    ) -> Result<
        models::PaymentRefundResponse,
        runtime::Error<CreatePaymentRefundError>,
    > {
        self.create_payment_refund_with_response(body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_payment_refund`](Self::create_payment_refund), with the response's status, headers and request id.
    pub async fn create_payment_refund_with_response(
        &self,
        body: &models::PaymentRefundCreateRequest,
    ) -> Result<
        runtime::Response<models::PaymentRefundResponse>,
        runtime::Error<CreatePaymentRefundError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_refunds")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(request, "/v2/payment_refunds", runtime::decode_json)
            .await
    }
    /// Get Payment Refund
    ///
    /// `GET /v2/payment_refunds/{payment_refund_id}`
    pub async fn get_payment_refund(
        &self,
        payment_refund_id: &str,
    ) -> Result<models::PaymentRefundResponse, runtime::Error<GetPaymentRefundError>> {
        self.get_payment_refund_with_response(payment_refund_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_refund`](Self::get_payment_refund), with the response's status, headers and request id.
    pub async fn get_payment_refund_with_response(
        &self,
        payment_refund_id: &str,
    ) -> Result<
        runtime::Response<models::PaymentRefundResponse>,
        runtime::Error<GetPaymentRefundError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_refunds/"),
            runtime::encode_path_segment(payment_refund_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(
                request,
                "/v2/payment_refunds/{payment_refund_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Update Payment Refund
    ///
    /// `POST /v2/payment_refunds/{payment_refund_id}`
    pub async fn update_payment_refund(
        &self,
        payment_refund_id: &str,
        body: &models::PaymentRefundUpdateRequest,
    ) -> Result<
        models::PaymentRefundResponse,
        runtime::Error<UpdatePaymentRefundError>,
    > {
        self.update_payment_refund_with_response(payment_refund_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_payment_refund`](Self::update_payment_refund), with the response's status, headers and request id.
    pub async fn update_payment_refund_with_response(
        &self,
        payment_refund_id: &str,
        body: &models::PaymentRefundUpdateRequest,
    ) -> Result<
        runtime::Response<models::PaymentRefundResponse>,
        runtime::Error<UpdatePaymentRefundError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_refunds/"),
            runtime::encode_path_segment(payment_refund_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(
                request,
                "/v2/payment_refunds/{payment_refund_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Payment Transactions
    ///
    /// `GET /v2/payment_transactions`
    pub async fn get_all_payment_transactions(
        &self,
        params: &GetAllPaymentTransactionsParams,
    ) -> Result<
        models::PaymentTransactionListResponse,
        runtime::Error<GetAllPaymentTransactionsError>,
    > {
        self.get_all_payment_transactions_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_payment_transactions`](Self::get_all_payment_transactions), with the response's status, headers and request id.
    pub async fn get_all_payment_transactions_with_response(
        &self,
        params: &GetAllPaymentTransactionsParams,
    ) -> Result<
        runtime::Response<models::PaymentTransactionListResponse>,
        runtime::Error<GetAllPaymentTransactionsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_transactions")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "term_id",
            &params.term_id,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payment_method_type",
            &params.payment_method_type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport
            .execute(request, "/v2/payment_transactions", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all_payment_transactions`](Self::get_all_payment_transactions), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_payment_transactions_stream(
        &self,
        params: &GetAllPaymentTransactionsParams,
    ) -> runtime::Paginator<
        models::PaymentTransactionResponse,
        GetAllPaymentTransactionsError,
    > {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_payment_transactions(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get Payment Transaction
    ///
    /// `GET /v2/payment_transactions/{payment_transaction_id}`
    pub async fn get_payment_transaction(
        &self,
        payment_transaction_id: &str,
    ) -> Result<
        models::PaymentTransactionResponse,
        runtime::Error<GetPaymentTransactionError>,
    > {
        self.get_payment_transaction_with_response(payment_transaction_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_transaction`](Self::get_payment_transaction), with the response's status, headers and request id.
    pub async fn get_payment_transaction_with_response(
        &self,
        payment_transaction_id: &str,
    ) -> Result<
        runtime::Response<models::PaymentTransactionResponse>,
        runtime::Error<GetPaymentTransactionError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_transactions/"),
            runtime::encode_path_segment(payment_transaction_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(
                request,
                "/v2/payment_transactions/{payment_transaction_id}",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Prices
    ///
    /// `GET /v2/prices`
    pub async fn get_all_prices(
        &self,
        params: &GetAllPricesParams,
    ) -> Result<models::PriceListResponse, runtime::Error<GetAllPricesError>> {
        self.get_all_prices_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_prices`](Self::get_all_prices), with the response's status, headers and request id.
    pub async fn get_all_prices_with_response(
        &self,
        params: &GetAllPricesParams,
    ) -> Result<
        runtime::Response<models::PriceListResponse>,
        runtime::Error<GetAllPricesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/prices")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "lookup_keys",
            &params.lookup_keys,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/prices", runtime::decode_json).await
    }
    /// Every item of [`get_all_prices`](Self::get_all_prices), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_prices_stream(
        &self,
        params: &GetAllPricesParams,
    ) -> runtime::Paginator<models::PriceDetailsResponse, GetAllPricesError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_prices(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Price
    ///
    /// `POST /v2/prices`
    pub async fn create_price(
        &self,
        body: &models::PriceCreateRequest,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<CreatePriceError>> {
        self.create_price_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create_price`](Self::create_price), with the response's status, headers and request id.
    pub async fn create_price_with_response(
        &self,
        body: &models::PriceCreateRequest,
    ) -> Result<
        runtime::Response<models::PriceDetailsResponse>,
        runtime::Error<CreatePriceError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/prices")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, "/v2/prices", runtime::decode_json).await
    }
    /// Get Price
    ///
    /// `GET /v2/prices/{price_id}`
    pub async fn get_price(
        &self,
        price_id: &str,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<GetPriceError>> {
        self.get_price_with_response(price_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get_price`](Self::get_price), with the response's status, headers and request id.
    pub async fn get_price_with_response(
        &self,
        price_id: &str,
    ) -> Result<
        runtime::Response<models::PriceDetailsResponse>,
        runtime::Error<GetPriceError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/prices/"),
            runtime::encode_path_segment(price_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/prices/{price_id}", runtime::decode_json)
            .await
    }
    /// Update Price
    ///
    /// `POST /v2/prices/{price_id}`
    pub async fn update_price(
        &self,
        price_id: &str,
        body: &models::PriceUpdateRequest,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<UpdatePriceError>> {
        self.update_price_with_response(price_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_price`](Self::update_price), with the response's status, headers and request id.
    pub async fn update_price_with_response(
        &self,
        price_id: &str,
        body: &models::PriceUpdateRequest,
    ) -> Result<
        runtime::Response<models::PriceDetailsResponse>,
        runtime::Error<UpdatePriceError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/prices/"),
            runtime::encode_path_segment(price_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(request, "/v2/prices/{price_id}", runtime::decode_json)
            .await
    }
    /// Get All Products
    ///
    /// `GET /v2/products`
    pub async fn get_all_products(
        &self,
        params: &GetAllProductsParams,
    ) -> Result<models::ProductListResponse, runtime::Error<GetAllProductsError>> {
        self.get_all_products_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_products`](Self::get_all_products), with the response's status, headers and request id.
    pub async fn get_all_products_with_response(
        &self,
        params: &GetAllProductsParams,
    ) -> Result<
        runtime::Response<models::ProductListResponse>,
        runtime::Error<GetAllProductsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/products")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/products", runtime::decode_json).await
    }
    /// Every item of [`get_all_products`](Self::get_all_products), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_products_stream(
        &self,
        params: &GetAllProductsParams,
    ) -> runtime::Paginator<models::ProductDetailsResponse, GetAllProductsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_products(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Product
    ///
    /// `POST /v2/products`
    pub async fn create_product(
        &self,
        body: &models::ProductCreateRequest,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<CreateProductError>> {
        self.create_product_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create_product`](Self::create_product), with the response's status, headers and request id.
    pub async fn create_product_with_response(
        &self,
        body: &models::ProductCreateRequest,
    ) -> Result<
        runtime::Response<models::ProductDetailsResponse>,
        runtime::Error<CreateProductError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/products")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, "/v2/products", runtime::decode_json).await
    }
    /// Get Product
    ///
    /// `GET /v2/products/{product_id}`
    pub async fn get_product(
        &self,
        product_id: &str,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<GetProductError>> {
        self.get_product_with_response(product_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_product`](Self::get_product), with the response's status, headers and request id.
    pub async fn get_product_with_response(
        &self,
        product_id: &str,
    ) -> Result<
        runtime::Response<models::ProductDetailsResponse>,
        runtime::Error<GetProductError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/products/"),
            runtime::encode_path_segment(product_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/products/{product_id}", runtime::decode_json)
            .await
    }
    /// Update Product
    ///
    /// `POST /v2/products/{product_id}`
    pub async fn update_product(
        &self,
        product_id: &str,
        body: &models::ProductUpdateRequest,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<UpdateProductError>> {
        self.update_product_with_response(product_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_product`](Self::update_product), with the response's status, headers and request id.
    pub async fn update_product_with_response(
        &self,
        product_id: &str,
        body: &models::ProductUpdateRequest,
    ) -> Result<
        runtime::Response<models::ProductDetailsResponse>,
        runtime::Error<UpdateProductError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/products/"),
            runtime::encode_path_segment(product_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(request, "/v2/products/{product_id}", runtime::decode_json)
            .await
    }
    /// Delete Product
    ///
    /// `DELETE /v2/products/{product_id}`
    pub async fn delete_product(
        &self,
        product_id: &str,
    ) -> Result<models::ProductDeletedResponse, runtime::Error<DeleteProductError>> {
        self.delete_product_with_response(product_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`delete_product`](Self::delete_product), with the response's status, headers and request id.
    pub async fn delete_product_with_response(
        &self,
        product_id: &str,
    ) -> Result<
        runtime::Response<models::ProductDeletedResponse>,
        runtime::Error<DeleteProductError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/products/"),
            runtime::encode_path_segment(product_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::DELETE, &path);
        self.transport
            .execute(request, "/v2/products/{product_id}", runtime::decode_json)
            .await
    }
    /// Get All Setup Flows
    ///
    /// `GET /v2/setup_flows`
    pub async fn get_all_setup_flows(
        &self,
        params: &GetAllSetupFlowsParams,
    ) -> Result<models::SetupFlowListResponse, runtime::Error<GetAllSetupFlowsError>> {
        self.get_all_setup_flows_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_setup_flows`](Self::get_all_setup_flows), with the response's status, headers and request id.
    pub async fn get_all_setup_flows_with_response(
        &self,
        params: &GetAllSetupFlowsParams,
    ) -> Result<
        runtime::Response<models::SetupFlowListResponse>,
        runtime::Error<GetAllSetupFlowsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/setup_flows")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/setup_flows", runtime::decode_json).await
    }
    /// Every item of [`get_all_setup_flows`](Self::get_all_setup_flows), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_setup_flows_stream(
        &self,
        params: &GetAllSetupFlowsParams,
    ) -> runtime::Paginator<models::SetupFlowResponse, GetAllSetupFlowsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_setup_flows(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Setup Flow
    ///
    /// `POST /v2/setup_flows`
    pub async fn create_setup_flow(
        &self,
        body: Option<&models::SetupFlowCreateRequest>,
    ) -> Result<models::SetupFlowResponse, runtime::Error<CreateSetupFlowError>> {
        self.create_setup_flow_with_response(body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_setup_flow`](Self::create_setup_flow), with the response's status, headers and request id.
    pub async fn create_setup_flow_with_response(
        &self,
        body: Option<&models::SetupFlowCreateRequest>,
    ) -> Result<
        runtime::Response<models::SetupFlowResponse>,
        runtime::Error<CreateSetupFlowError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/setup_flows")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport.execute(request, "/v2/setup_flows", runtime::decode_json).await
    }
    /// Get Setup Flow
    ///
    /// `GET /v2/setup_flows/{setup_flow_id}`
    pub async fn get_setup_flow(
        &self,
        setup_flow_id: &str,
    ) -> Result<models::SetupFlowResponse, runtime::Error<GetSetupFlowError>> {
        self.get_setup_flow_with_response(setup_flow_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_setup_flow`](Self::get_setup_flow), with the response's status, headers and request id.
    pub async fn get_setup_flow_with_response(
        &self,
        setup_flow_id: &str,
    ) -> Result<
        runtime::Response<models::SetupFlowResponse>,
        runtime::Error<GetSetupFlowError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/setup_flows/"),
            runtime::encode_path_segment(setup_flow_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/setup_flows/{setup_flow_id}", runtime::decode_json)
            .await
    }
    /// Update Setup Flow
    ///
    /// `POST /v2/setup_flows/{setup_flow_id}`
    pub async fn update_setup_flow(
        &self,
        setup_flow_id: &str,
        body: &models::SetupFlowUpdateRequest,
    ) -> Result<models::SetupFlowResponse, runtime::Error<UpdateSetupFlowError>> {
        self.update_setup_flow_with_response(setup_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_setup_flow`](Self::update_setup_flow), with the response's status, headers and request id.
    pub async fn update_setup_flow_with_response(
        &self,
        setup_flow_id: &str,
        body: &models::SetupFlowUpdateRequest,
    ) -> Result<
        runtime::Response<models::SetupFlowResponse>,
        runtime::Error<UpdateSetupFlowError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/setup_flows/"),
            runtime::encode_path_segment(setup_flow_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(request, "/v2/setup_flows/{setup_flow_id}", runtime::decode_json)
            .await
    }
    /// Cancel Setup Flow
    ///
    /// `POST /v2/setup_flows/{setup_flow_id}/cancel`
    pub async fn cancel_setup_flow(
        &self,
        setup_flow_id: &str,
        body: Option<&models::SetupFlowCancelRequest>,
    ) -> Result<models::SetupFlowResponse, runtime::Error<CancelSetupFlowError>> {
        self.cancel_setup_flow_with_response(setup_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`cancel_setup_flow`](Self::cancel_setup_flow), with the response's status, headers and request id.
    pub async fn cancel_setup_flow_with_response(
        &self,
        setup_flow_id: &str,
        body: Option<&models::SetupFlowCancelRequest>,
    ) -> Result<
        runtime::Response<models::SetupFlowResponse>,
        runtime::Error<CancelSetupFlowError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/setup_flows/"),
            runtime::encode_path_segment(setup_flow_id)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport
            .execute(
                request,
                "/v2/setup_flows/{setup_flow_id}/cancel",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Statements
    ///
    /// `GET /v2/statements`
    pub async fn get_all_statements(
        &self,
        params: &GetAllStatementsParams,
    ) -> Result<models::StatementListResponse, runtime::Error<GetAllStatementsError>> {
        self.get_all_statements_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_statements`](Self::get_all_statements), with the response's status, headers and request id.
    pub async fn get_all_statements_with_response(
        &self,
        params: &GetAllStatementsParams,
    ) -> Result<
        runtime::Response<models::StatementListResponse>,
        runtime::Error<GetAllStatementsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/statements")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "since",
            &params.since,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "until",
            &params.until,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "term_id",
            &params.term_id,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/statements", runtime::decode_json).await
    }
    /// Every item of [`get_all_statements`](Self::get_all_statements), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_statements_stream(
        &self,
        params: &GetAllStatementsParams,
    ) -> runtime::Paginator<models::StatementResponse, GetAllStatementsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_statements(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get Statement
    ///
    /// `GET /v2/statements/{statement_id}`
    pub async fn get_statement(
        &self,
        statement_id: &str,
    ) -> Result<models::StatementResponse, runtime::Error<GetStatementError>> {
        self.get_statement_with_response(statement_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_statement`](Self::get_statement), with the response's status, headers and request id.
    pub async fn get_statement_with_response(
        &self,
        statement_id: &str,
    ) -> Result<
        runtime::Response<models::StatementResponse>,
        runtime::Error<GetStatementError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/statements/"),
            runtime::encode_path_segment(statement_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/statements/{statement_id}", runtime::decode_json)
            .await
    }
    /// Create Statement Url
    ///
    /// `POST /v2/statements/{statement_id}/statement_urls`
    pub async fn create_statement_url(
        &self,
        statement_id: &str,
    ) -> Result<models::StatementUrlResponse, runtime::Error<CreateStatementUrlError>> {
        self.create_statement_url_with_response(statement_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_statement_url`](Self::create_statement_url), with the response's status, headers and request id.
    pub async fn create_statement_url_with_response(
        &self,
        statement_id: &str,
    ) -> Result<
        runtime::Response<models::StatementUrlResponse>,
        runtime::Error<CreateStatementUrlError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/statements/"),
            runtime::encode_path_segment(statement_id)?,
            std::borrow::Cow::Borrowed("/statement_urls"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        self.transport
            .execute(
                request,
                "/v2/statements/{statement_id}/statement_urls",
                runtime::decode_json,
            )
            .await
    }
    /// Get All Tax Rates
    ///
    /// `GET /v2/tax_rates`
    pub async fn get_all_tax_rates(
        &self,
        params: &GetAllTaxRatesParams,
    ) -> Result<models::TaxRateListResponse, runtime::Error<GetAllTaxRatesError>> {
        self.get_all_tax_rates_with_response(params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_tax_rates`](Self::get_all_tax_rates), with the response's status, headers and request id.
    pub async fn get_all_tax_rates_with_response(
        &self,
        params: &GetAllTaxRatesParams,
    ) -> Result<
        runtime::Response<models::TaxRateListResponse>,
        runtime::Error<GetAllTaxRatesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/tax_rates")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "inclusive",
            &params.inclusive,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/tax_rates", runtime::decode_json).await
    }
    /// Every item of [`get_all_tax_rates`](Self::get_all_tax_rates), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_tax_rates_stream(
        &self,
        params: &GetAllTaxRatesParams,
    ) -> runtime::Paginator<models::TaxRateDetailsResponse, GetAllTaxRatesError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_tax_rates(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Create Tax Rate
    ///
    /// `POST /v2/tax_rates`
    pub async fn create_tax_rate(
        &self,
        body: &models::TaxRateCreateRequest,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<CreateTaxRateError>> {
        self.create_tax_rate_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create_tax_rate`](Self::create_tax_rate), with the response's status, headers and request id.
    pub async fn create_tax_rate_with_response(
        &self,
        body: &models::TaxRateCreateRequest,
    ) -> Result<
        runtime::Response<models::TaxRateDetailsResponse>,
        runtime::Error<CreateTaxRateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/tax_rates")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, "/v2/tax_rates", runtime::decode_json).await
    }
    /// Get Tax Rate
    ///
    /// `GET /v2/tax_rates/{tax_rate_id}`
    pub async fn get_tax_rate(
        &self,
        tax_rate_id: &str,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<GetTaxRateError>> {
        self.get_tax_rate_with_response(tax_rate_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_tax_rate`](Self::get_tax_rate), with the response's status, headers and request id.
    pub async fn get_tax_rate_with_response(
        &self,
        tax_rate_id: &str,
    ) -> Result<
        runtime::Response<models::TaxRateDetailsResponse>,
        runtime::Error<GetTaxRateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/tax_rates/"),
            runtime::encode_path_segment(tax_rate_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/tax_rates/{tax_rate_id}", runtime::decode_json)
            .await
    }
    /// Update Tax Rate
    ///
    /// `POST /v2/tax_rates/{tax_rate_id}`
    pub async fn update_tax_rate(
        &self,
        tax_rate_id: &str,
        body: &models::TaxRateUpdateRequest,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<UpdateTaxRateError>> {
        self.update_tax_rate_with_response(tax_rate_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update_tax_rate`](Self::update_tax_rate), with the response's status, headers and request id.
    pub async fn update_tax_rate_with_response(
        &self,
        tax_rate_id: &str,
        body: &models::TaxRateUpdateRequest,
    ) -> Result<
        runtime::Response<models::TaxRateDetailsResponse>,
        runtime::Error<UpdateTaxRateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v2/tax_rates/"),
            runtime::encode_path_segment(tax_rate_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport
            .execute(request, "/v2/tax_rates/{tax_rate_id}", runtime::decode_json)
            .await
    }
    /// Get All Terms
    ///
    /// `GET /v2/terms`
    pub async fn get_all_terms(
        &self,
        params: &GetAllTermsParams,
    ) -> Result<models::TermListResponse, runtime::Error<GetAllTermsError>> {
        self.get_all_terms_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all_terms`](Self::get_all_terms), with the response's status, headers and request id.
    pub async fn get_all_terms_with_response(
        &self,
        params: &GetAllTermsParams,
    ) -> Result<
        runtime::Response<models::TermListResponse>,
        runtime::Error<GetAllTermsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/terms")].concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "since_start_at",
            &params.since_start_at,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "until_start_at",
            &params.until_start_at,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.transport.execute(request, "/v2/terms", runtime::decode_json).await
    }
    /// Every item of [`get_all_terms`](Self::get_all_terms), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_terms_stream(
        &self,
        params: &GetAllTermsParams,
    ) -> runtime::Paginator<models::TermResponse, GetAllTermsError> {
        let direction = if params.ending_before.is_some() {
            runtime::Direction::Backward
        } else {
            runtime::Direction::Forward
        };
        let client = self.clone();
        let params = params.clone();
        runtime::Paginator::new(
            direction,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                match cursor {
                    runtime::Cursor::First => {}
                    runtime::Cursor::After(id) => {
                        params.starting_after = Some(id);
                        params.ending_before = None;
                    }
                    runtime::Cursor::Before(id) => {
                        params.ending_before = Some(id);
                        params.starting_after = None;
                    }
                }
                async move {
                    let page = client.get_all_terms(&params).await?;
                    Ok(runtime::Page {
                        items: page.data,
                        has_more: page.has_more,
                    })
                }
            },
        )
    }
    /// Get Term
    ///
    /// `GET /v2/terms/{term_id}`
    pub async fn get_term(
        &self,
        term_id: &str,
    ) -> Result<models::TermResponse, runtime::Error<GetTermError>> {
        self.get_term_with_response(term_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get_term`](Self::get_term), with the response's status, headers and request id.
    pub async fn get_term_with_response(
        &self,
        term_id: &str,
    ) -> Result<runtime::Response<models::TermResponse>, runtime::Error<GetTermError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/terms/"),
            runtime::encode_path_segment(term_id)?,
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport
            .execute(request, "/v2/terms/{term_id}", runtime::decode_json)
            .await
    }
}
