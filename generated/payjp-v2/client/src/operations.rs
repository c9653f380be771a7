//! One async method per operation, on its resource, a `_with_response` variant that also
//! returns the status, headers and request id, and for list operations a `_stream` of every item.
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::params::*;
#[allow(unused_imports)]
use crate::errors::*;
use crate::runtime;
impl crate::resources::Balances<'_> {
    /// Get All Balances
    ///
    /// `GET /v2/balances`
    pub async fn get_all(
        &self,
        params: &GetAllBalancesParams,
    ) -> Result<models::BalanceListResponse, runtime::Error<GetAllBalancesError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllBalancesParams,
    ) -> Result<
        runtime::Response<models::BalanceListResponse>,
        runtime::Error<GetAllBalancesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/balances")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/balances", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllBalancesParams,
    ) -> runtime::Paginator<models::BalanceResponse, GetAllBalancesError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .balances()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Get Balance
    ///
    /// `GET /v2/balances/{balance_id}`
    pub async fn get(
        &self,
        balance_id: &str,
    ) -> Result<models::BalanceResponse, runtime::Error<GetBalanceError>> {
        self.get_with_response(balance_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/balances/{balance_id}", runtime::decode_json)
            .await
    }
    /// Create Balance Url
    ///
    /// `POST /v2/balances/{balance_id}/balance_urls`
    pub async fn create_url(
        &self,
        balance_id: &str,
    ) -> Result<models::BalanceUrlResponse, runtime::Error<CreateBalanceUrlError>> {
        self.create_url_with_response(balance_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_url`](Self::create_url), with the response's status, headers and request id.
    pub async fn create_url_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        self.client
            .transport
            .execute(
                request,
                "/v2/balances/{balance_id}/balance_urls",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::CheckoutSessions<'_> {
    /// Get All Checkout Sessions
    ///
    /// `GET /v2/checkout/sessions`
    pub async fn get_all(
        &self,
        params: &GetAllCheckoutSessionsParams,
    ) -> Result<
        models::CheckoutSessionListResponse,
        runtime::Error<GetAllCheckoutSessionsError>,
    > {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllCheckoutSessionsParams,
    ) -> Result<
        runtime::Response<models::CheckoutSessionListResponse>,
        runtime::Error<GetAllCheckoutSessionsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/checkout/sessions")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/checkout/sessions", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllCheckoutSessionsParams,
    ) -> runtime::Paginator<
        models::CheckoutSessionDetailsResponse,
        GetAllCheckoutSessionsError,
    > {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .checkout_sessions()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Checkout Session
    ///
    /// `POST /v2/checkout/sessions`
    pub async fn create(
        &self,
        body: &models::CheckoutSessionCreateRequest,
    ) -> Result<
        models::CheckoutSessionDetailsResponse,
        runtime::Error<CreateCheckoutSessionError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::CheckoutSessionCreateRequest,
    ) -> Result<
        runtime::Response<models::CheckoutSessionDetailsResponse>,
        runtime::Error<CreateCheckoutSessionError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/checkout/sessions")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/checkout/sessions", runtime::decode_json)
            .await
    }
    /// Get Checkout Session
    ///
    /// `GET /v2/checkout/sessions/{checkout_session_id}`
    pub async fn get(
        &self,
        checkout_session_id: &str,
    ) -> Result<
        models::CheckoutSessionDetailsResponse,
        runtime::Error<GetCheckoutSessionError>,
    > {
        self.get_with_response(checkout_session_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
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
    pub async fn update(
        &self,
        checkout_session_id: &str,
        body: &models::CheckoutSessionUpdateRequest,
    ) -> Result<
        models::CheckoutSessionDetailsResponse,
        runtime::Error<UpdateCheckoutSessionError>,
    > {
        self.update_with_response(checkout_session_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
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
    pub async fn get_all_line_items(
        &self,
        checkout_session_id: &str,
        params: &GetAllCheckoutSessionLineItemsParams,
    ) -> Result<
        models::CheckoutSessionLineItemListResponse,
        runtime::Error<GetAllCheckoutSessionLineItemsError>,
    > {
        self.get_all_line_items_with_response(checkout_session_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_all_line_items`](Self::get_all_line_items), with the response's status, headers and request id.
    pub async fn get_all_line_items_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(
                request,
                "/v2/checkout/sessions/{checkout_session_id}/line_items",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`get_all_line_items`](Self::get_all_line_items), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_line_items_stream(
        &self,
        checkout_session_id: &str,
        params: &GetAllCheckoutSessionLineItemsParams,
    ) -> runtime::Paginator<
        models::CheckoutSessionLineItemDataResponse,
        GetAllCheckoutSessionLineItemsError,
    > {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let checkout_session_id = checkout_session_id.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let checkout_session_id = checkout_session_id.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .checkout_sessions()
                        .get_all_line_items_with_response(&checkout_session_id, &params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
}
impl crate::resources::Customers<'_> {
    /// Get All Customers
    ///
    /// `GET /v2/customers`
    pub async fn get_all(
        &self,
        params: &GetAllCustomersParams,
    ) -> Result<models::CustomerListResponse, runtime::Error<GetAllCustomersError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllCustomersParams,
    ) -> Result<
        runtime::Response<models::CustomerListResponse>,
        runtime::Error<GetAllCustomersError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/customers")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/customers", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllCustomersParams,
    ) -> runtime::Paginator<models::CustomerResponse, GetAllCustomersError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .customers()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Customer
    ///
    /// `POST /v2/customers`
    pub async fn create(
        &self,
        body: &models::CustomerCreateRequest,
    ) -> Result<models::CustomerResponse, runtime::Error<CreateCustomerError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::CustomerCreateRequest,
    ) -> Result<
        runtime::Response<models::CustomerResponse>,
        runtime::Error<CreateCustomerError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/customers")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/customers", runtime::decode_json)
            .await
    }
    /// Get Customer
    ///
    /// `GET /v2/customers/{customer_id}`
    pub async fn get(
        &self,
        customer_id: &str,
    ) -> Result<models::CustomerResponse, runtime::Error<GetCustomerError>> {
        self.get_with_response(customer_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/customers/{customer_id}", runtime::decode_json)
            .await
    }
    /// Update Customer
    ///
    /// `POST /v2/customers/{customer_id}`
    pub async fn update(
        &self,
        customer_id: &str,
        body: &models::CustomerUpdateRequest,
    ) -> Result<models::CustomerResponse, runtime::Error<UpdateCustomerError>> {
        self.update_with_response(customer_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/customers/{customer_id}", runtime::decode_json)
            .await
    }
    /// Delete Customer
    ///
    /// `DELETE /v2/customers/{customer_id}`
    pub async fn delete(
        &self,
        customer_id: &str,
    ) -> Result<models::CustomerResponse, runtime::Error<DeleteCustomerError>> {
        self.delete_with_response(customer_id).await.map(runtime::Response::into_value)
    }
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
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
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v2/customers/{customer_id}", runtime::decode_json)
            .await
    }
    /// Get Customer Payment Methods
    ///
    /// `GET /v2/customers/{customer_id}/payment_methods`
    pub async fn get_payment_methods(
        &self,
        customer_id: &str,
        params: &GetCustomerPaymentMethodsParams,
    ) -> Result<
        models::PaymentMethodListResponse,
        runtime::Error<GetCustomerPaymentMethodsError>,
    > {
        self.get_payment_methods_with_response(customer_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_payment_methods`](Self::get_payment_methods), with the response's status, headers and request id.
    pub async fn get_payment_methods_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(
                request,
                "/v2/customers/{customer_id}/payment_methods",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`get_payment_methods`](Self::get_payment_methods), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_payment_methods_stream(
        &self,
        customer_id: &str,
        params: &GetCustomerPaymentMethodsParams,
    ) -> runtime::Paginator<
        models::PaymentMethodResponse,
        GetCustomerPaymentMethodsError,
    > {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let customer_id = customer_id.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let customer_id = customer_id.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .customers()
                        .get_payment_methods_with_response(&customer_id, &params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
}
impl crate::resources::Events<'_> {
    /// Get All Events
    ///
    /// `GET /v2/events`
    pub async fn get_all(
        &self,
        params: &GetAllEventsParams,
    ) -> Result<models::EventListResponse, runtime::Error<GetAllEventsError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllEventsParams,
    ) -> Result<
        runtime::Response<models::EventListResponse>,
        runtime::Error<GetAllEventsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/events")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client.transport.execute(request, "/v2/events", runtime::decode_json).await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllEventsParams,
    ) -> runtime::Paginator<models::EventResponse, GetAllEventsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client.events().get_all_with_response(&params).await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Get Event
    ///
    /// `GET /v2/events/{event_id}`
    pub async fn get(
        &self,
        event_id: &str,
    ) -> Result<models::EventResponse, runtime::Error<GetEventError>> {
        self.get_with_response(event_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/events/{event_id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::PaymentDisputes<'_> {
    /// Get All Payment Disputes
    ///
    /// `GET /v2/payment_disputes`
    pub async fn get_all(
        &self,
        params: &GetAllPaymentDisputesParams,
    ) -> Result<
        models::PaymentDisputeListResponse,
        runtime::Error<GetAllPaymentDisputesError>,
    > {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllPaymentDisputesParams,
    ) -> Result<
        runtime::Response<models::PaymentDisputeListResponse>,
        runtime::Error<GetAllPaymentDisputesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_disputes")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/payment_disputes", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllPaymentDisputesParams,
    ) -> runtime::Paginator<models::PaymentDisputeResponse, GetAllPaymentDisputesError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .payment_disputes()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Get Payment Dispute
    ///
    /// `GET /v2/payment_disputes/{payment_dispute_id}`
    pub async fn get(
        &self,
        payment_dispute_id: &str,
    ) -> Result<models::PaymentDisputeResponse, runtime::Error<GetPaymentDisputeError>> {
        self.get_with_response(payment_dispute_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(
                request,
                "/v2/payment_disputes/{payment_dispute_id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::PaymentFlows<'_> {
    /// Get All Payment Flows
    ///
    /// `GET /v2/payment_flows`
    pub async fn get_all(
        &self,
        params: &GetAllPaymentFlowsParams,
    ) -> Result<
        models::PaymentFlowListResponse,
        runtime::Error<GetAllPaymentFlowsError>,
    > {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllPaymentFlowsParams,
    ) -> Result<
        runtime::Response<models::PaymentFlowListResponse>,
        runtime::Error<GetAllPaymentFlowsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_flows")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/payment_flows", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllPaymentFlowsParams,
    ) -> runtime::Paginator<models::PaymentFlowResponse, GetAllPaymentFlowsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .payment_flows()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Payment Flow
    ///
    /// `POST /v2/payment_flows`
    pub async fn create(
        &self,
        body: &models::PaymentFlowCreateRequest,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CreatePaymentFlowError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PaymentFlowCreateRequest,
    ) -> Result<
        runtime::Response<models::PaymentFlowResponse>,
        runtime::Error<CreatePaymentFlowError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_flows")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/payment_flows", runtime::decode_json)
            .await
    }
    /// Get Payment Flow
    ///
    /// `GET /v2/payment_flows/{payment_flow_id}`
    pub async fn get(
        &self,
        payment_flow_id: &str,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<GetPaymentFlowError>> {
        self.get_with_response(payment_flow_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
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
    pub async fn update(
        &self,
        payment_flow_id: &str,
        body: &models::PaymentFlowUpdateRequest,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<UpdatePaymentFlowError>> {
        self.update_with_response(payment_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
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
    pub async fn cancel(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowCancelRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CancelPaymentFlowError>> {
        self.cancel_with_response(payment_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.client
            .transport
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
    pub async fn capture(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowCaptureRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CapturePaymentFlowError>> {
        self.capture_with_response(payment_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`capture`](Self::capture), with the response's status, headers and request id.
    pub async fn capture_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.client
            .transport
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
    pub async fn confirm(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowConfirmRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<ConfirmPaymentFlowError>> {
        self.confirm_with_response(payment_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`confirm`](Self::confirm), with the response's status, headers and request id.
    pub async fn confirm_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.client
            .transport
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
    pub async fn get_refunds(
        &self,
        payment_flow_id: &str,
        params: &GetPaymentFlowRefundsParams,
    ) -> Result<
        models::PaymentRefundListResponse,
        runtime::Error<GetPaymentFlowRefundsError>,
    > {
        self.get_refunds_with_response(payment_flow_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get_refunds`](Self::get_refunds), with the response's status, headers and request id.
    pub async fn get_refunds_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(
                request,
                "/v2/payment_flows/{payment_flow_id}/refunds",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`get_refunds`](Self::get_refunds), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_refunds_stream(
        &self,
        payment_flow_id: &str,
        params: &GetPaymentFlowRefundsParams,
    ) -> runtime::Paginator<models::PaymentRefundResponse, GetPaymentFlowRefundsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let payment_flow_id = payment_flow_id.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let payment_flow_id = payment_flow_id.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .payment_flows()
                        .get_refunds_with_response(&payment_flow_id, &params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
}
impl crate::resources::PaymentMethodConfigurations<'_> {
    /// Get All Payment Method Configurations
    ///
    /// `GET /v2/payment_method_configurations`
    pub async fn get_all(
        &self,
        params: &GetAllPaymentMethodConfigurationsParams,
    ) -> Result<
        models::PaymentMethodConfigurationListResponse,
        runtime::Error<GetAllPaymentMethodConfigurationsError>,
    > {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllPaymentMethodConfigurationsParams,
    ) -> Result<
        runtime::Response<models::PaymentMethodConfigurationListResponse>,
        runtime::Error<GetAllPaymentMethodConfigurationsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_method_configurations")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/payment_method_configurations", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllPaymentMethodConfigurationsParams,
    ) -> runtime::Paginator<
        models::PaymentMethodConfigurationDetailsResponse,
        GetAllPaymentMethodConfigurationsError,
    > {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .payment_method_configurations()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Get Payment Method Configuration
    ///
    /// `GET /v2/payment_method_configurations/{payment_method_configuration_id}`
    pub async fn get(
        &self,
        payment_method_configuration_id: &str,
    ) -> Result<
        models::PaymentMethodConfigurationDetailsResponse,
        runtime::Error<GetPaymentMethodConfigurationError>,
    > {
        self.get_with_response(payment_method_configuration_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
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
    pub async fn update(
        &self,
        payment_method_configuration_id: &str,
        body: &models::PaymentMethodConfigurationUpdateRequest,
    ) -> Result<
        models::PaymentMethodConfigurationDetailsResponse,
        runtime::Error<UpdatePaymentMethodConfigurationError>,
    > {
        self.update_with_response(payment_method_configuration_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(
                request,
                "/v2/payment_method_configurations/{payment_method_configuration_id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::PaymentMethods<'_> {
    /// Get All Payment Methods
    ///
    /// `GET /v2/payment_methods`
    pub async fn get_all(
        &self,
        params: &GetAllPaymentMethodsParams,
    ) -> Result<
        models::PaymentMethodListResponse,
        runtime::Error<GetAllPaymentMethodsError>,
    > {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllPaymentMethodsParams,
    ) -> Result<
        runtime::Response<models::PaymentMethodListResponse>,
        runtime::Error<GetAllPaymentMethodsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_methods")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/payment_methods", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllPaymentMethodsParams,
    ) -> runtime::Paginator<models::PaymentMethodResponse, GetAllPaymentMethodsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .payment_methods()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Payment Method
    ///
    /// `POST /v2/payment_methods`
    pub async fn create(
        &self,
        body: &models::PaymentMethodCreateRequest,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<CreatePaymentMethodError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PaymentMethodCreateRequest,
    ) -> Result<
        runtime::Response<models::PaymentMethodResponse>,
        runtime::Error<CreatePaymentMethodError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_methods")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/payment_methods", runtime::decode_json)
            .await
    }
    /// Get Payment Method By Card
    ///
    /// `GET /v2/payment_methods/cards/{card_id}`
    pub async fn get_by_card(
        &self,
        card_id: &str,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<GetPaymentMethodByCardError>,
    > {
        self.get_by_card_with_response(card_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get_by_card`](Self::get_by_card), with the response's status, headers and request id.
    pub async fn get_by_card_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
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
    pub async fn get(
        &self,
        payment_method_id: &str,
    ) -> Result<models::PaymentMethodResponse, runtime::Error<GetPaymentMethodError>> {
        self.get_with_response(payment_method_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
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
    pub async fn update(
        &self,
        payment_method_id: &str,
        body: &models::PaymentMethodUpdateRequest,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<UpdatePaymentMethodError>,
    > {
        self.update_with_response(payment_method_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
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
    pub async fn attach(
        &self,
        payment_method_id: &str,
        body: &models::PaymentMethodAttachRequest,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<AttachPaymentMethodError>,
    > {
        self.attach_with_response(payment_method_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`attach`](Self::attach), with the response's status, headers and request id.
    pub async fn attach_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
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
    pub async fn detach(
        &self,
        payment_method_id: &str,
    ) -> Result<
        models::PaymentMethodResponse,
        runtime::Error<DetachPaymentMethodError>,
    > {
        self.detach_with_response(payment_method_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`detach`](Self::detach), with the response's status, headers and request id.
    pub async fn detach_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        self.client
            .transport
            .execute(
                request,
                "/v2/payment_methods/{payment_method_id}/detach",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::PaymentRefunds<'_> {
    /// Get All Payment Refunds
    ///
    /// `GET /v2/payment_refunds`
    pub async fn get_all(
        &self,
        params: &GetAllPaymentRefundsParams,
    ) -> Result<
        models::PaymentRefundListResponse,
        runtime::Error<GetAllPaymentRefundsError>,
    > {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllPaymentRefundsParams,
    ) -> Result<
        runtime::Response<models::PaymentRefundListResponse>,
        runtime::Error<GetAllPaymentRefundsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_refunds")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/payment_refunds", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllPaymentRefundsParams,
    ) -> runtime::Paginator<models::PaymentRefundResponse, GetAllPaymentRefundsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .payment_refunds()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Payment Refund
    ///
    /// `POST /v2/payment_refunds`
    pub async fn create(
        &self,
        body: &models::PaymentRefundCreateRequest,
    ) -> Result<
        models::PaymentRefundResponse,
        runtime::Error<CreatePaymentRefundError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PaymentRefundCreateRequest,
    ) -> Result<
        runtime::Response<models::PaymentRefundResponse>,
        runtime::Error<CreatePaymentRefundError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_refunds")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/payment_refunds", runtime::decode_json)
            .await
    }
    /// Get Payment Refund
    ///
    /// `GET /v2/payment_refunds/{payment_refund_id}`
    pub async fn get(
        &self,
        payment_refund_id: &str,
    ) -> Result<models::PaymentRefundResponse, runtime::Error<GetPaymentRefundError>> {
        self.get_with_response(payment_refund_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
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
    pub async fn update(
        &self,
        payment_refund_id: &str,
        body: &models::PaymentRefundUpdateRequest,
    ) -> Result<
        models::PaymentRefundResponse,
        runtime::Error<UpdatePaymentRefundError>,
    > {
        self.update_with_response(payment_refund_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(
                request,
                "/v2/payment_refunds/{payment_refund_id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::PaymentTransactions<'_> {
    /// Get All Payment Transactions
    ///
    /// `GET /v2/payment_transactions`
    pub async fn get_all(
        &self,
        params: &GetAllPaymentTransactionsParams,
    ) -> Result<
        models::PaymentTransactionListResponse,
        runtime::Error<GetAllPaymentTransactionsError>,
    > {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllPaymentTransactionsParams,
    ) -> Result<
        runtime::Response<models::PaymentTransactionListResponse>,
        runtime::Error<GetAllPaymentTransactionsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_transactions")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/payment_transactions", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllPaymentTransactionsParams,
    ) -> runtime::Paginator<
        models::PaymentTransactionResponse,
        GetAllPaymentTransactionsError,
    > {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .payment_transactions()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Get Payment Transaction
    ///
    /// `GET /v2/payment_transactions/{payment_transaction_id}`
    pub async fn get(
        &self,
        payment_transaction_id: &str,
    ) -> Result<
        models::PaymentTransactionResponse,
        runtime::Error<GetPaymentTransactionError>,
    > {
        self.get_with_response(payment_transaction_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(
                request,
                "/v2/payment_transactions/{payment_transaction_id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Prices<'_> {
    /// Get All Prices
    ///
    /// `GET /v2/prices`
    pub async fn get_all(
        &self,
        params: &GetAllPricesParams,
    ) -> Result<models::PriceListResponse, runtime::Error<GetAllPricesError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllPricesParams,
    ) -> Result<
        runtime::Response<models::PriceListResponse>,
        runtime::Error<GetAllPricesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/prices")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client.transport.execute(request, "/v2/prices", runtime::decode_json).await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllPricesParams,
    ) -> runtime::Paginator<models::PriceDetailsResponse, GetAllPricesError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client.prices().get_all_with_response(&params).await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Price
    ///
    /// `POST /v2/prices`
    pub async fn create(
        &self,
        body: &models::PriceCreateRequest,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<CreatePriceError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PriceCreateRequest,
    ) -> Result<
        runtime::Response<models::PriceDetailsResponse>,
        runtime::Error<CreatePriceError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/prices")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client.transport.execute(request, "/v2/prices", runtime::decode_json).await
    }
    /// Get Price
    ///
    /// `GET /v2/prices/{price_id}`
    pub async fn get(
        &self,
        price_id: &str,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<GetPriceError>> {
        self.get_with_response(price_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/prices/{price_id}", runtime::decode_json)
            .await
    }
    /// Update Price
    ///
    /// `POST /v2/prices/{price_id}`
    pub async fn update(
        &self,
        price_id: &str,
        body: &models::PriceUpdateRequest,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<UpdatePriceError>> {
        self.update_with_response(price_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/prices/{price_id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Products<'_> {
    /// Get All Products
    ///
    /// `GET /v2/products`
    pub async fn get_all(
        &self,
        params: &GetAllProductsParams,
    ) -> Result<models::ProductListResponse, runtime::Error<GetAllProductsError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllProductsParams,
    ) -> Result<
        runtime::Response<models::ProductListResponse>,
        runtime::Error<GetAllProductsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/products")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/products", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllProductsParams,
    ) -> runtime::Paginator<models::ProductDetailsResponse, GetAllProductsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .products()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Product
    ///
    /// `POST /v2/products`
    pub async fn create(
        &self,
        body: &models::ProductCreateRequest,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<CreateProductError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::ProductCreateRequest,
    ) -> Result<
        runtime::Response<models::ProductDetailsResponse>,
        runtime::Error<CreateProductError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/products")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/products", runtime::decode_json)
            .await
    }
    /// Get Product
    ///
    /// `GET /v2/products/{product_id}`
    pub async fn get(
        &self,
        product_id: &str,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<GetProductError>> {
        self.get_with_response(product_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/products/{product_id}", runtime::decode_json)
            .await
    }
    /// Update Product
    ///
    /// `POST /v2/products/{product_id}`
    pub async fn update(
        &self,
        product_id: &str,
        body: &models::ProductUpdateRequest,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<UpdateProductError>> {
        self.update_with_response(product_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/products/{product_id}", runtime::decode_json)
            .await
    }
    /// Delete Product
    ///
    /// `DELETE /v2/products/{product_id}`
    pub async fn delete(
        &self,
        product_id: &str,
    ) -> Result<models::ProductDeletedResponse, runtime::Error<DeleteProductError>> {
        self.delete_with_response(product_id).await.map(runtime::Response::into_value)
    }
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
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
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v2/products/{product_id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::SetupFlows<'_> {
    /// Get All Setup Flows
    ///
    /// `GET /v2/setup_flows`
    pub async fn get_all(
        &self,
        params: &GetAllSetupFlowsParams,
    ) -> Result<models::SetupFlowListResponse, runtime::Error<GetAllSetupFlowsError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllSetupFlowsParams,
    ) -> Result<
        runtime::Response<models::SetupFlowListResponse>,
        runtime::Error<GetAllSetupFlowsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/setup_flows")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/setup_flows", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllSetupFlowsParams,
    ) -> runtime::Paginator<models::SetupFlowResponse, GetAllSetupFlowsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .setup_flows()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Setup Flow
    ///
    /// `POST /v2/setup_flows`
    pub async fn create(
        &self,
        body: Option<&models::SetupFlowCreateRequest>,
    ) -> Result<models::SetupFlowResponse, runtime::Error<CreateSetupFlowError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::SetupFlowCreateRequest>,
    ) -> Result<
        runtime::Response<models::SetupFlowResponse>,
        runtime::Error<CreateSetupFlowError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/setup_flows")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v2/setup_flows", runtime::decode_json)
            .await
    }
    /// Get Setup Flow
    ///
    /// `GET /v2/setup_flows/{setup_flow_id}`
    pub async fn get(
        &self,
        setup_flow_id: &str,
    ) -> Result<models::SetupFlowResponse, runtime::Error<GetSetupFlowError>> {
        self.get_with_response(setup_flow_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/setup_flows/{setup_flow_id}", runtime::decode_json)
            .await
    }
    /// Update Setup Flow
    ///
    /// `POST /v2/setup_flows/{setup_flow_id}`
    pub async fn update(
        &self,
        setup_flow_id: &str,
        body: &models::SetupFlowUpdateRequest,
    ) -> Result<models::SetupFlowResponse, runtime::Error<UpdateSetupFlowError>> {
        self.update_with_response(setup_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/setup_flows/{setup_flow_id}", runtime::decode_json)
            .await
    }
    /// Cancel Setup Flow
    ///
    /// `POST /v2/setup_flows/{setup_flow_id}/cancel`
    pub async fn cancel(
        &self,
        setup_flow_id: &str,
        body: Option<&models::SetupFlowCancelRequest>,
    ) -> Result<models::SetupFlowResponse, runtime::Error<CancelSetupFlowError>> {
        self.cancel_with_response(setup_flow_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v2/setup_flows/{setup_flow_id}/cancel",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Statements<'_> {
    /// Get All Statements
    ///
    /// `GET /v2/statements`
    pub async fn get_all(
        &self,
        params: &GetAllStatementsParams,
    ) -> Result<models::StatementListResponse, runtime::Error<GetAllStatementsError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllStatementsParams,
    ) -> Result<
        runtime::Response<models::StatementListResponse>,
        runtime::Error<GetAllStatementsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/statements")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/statements", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllStatementsParams,
    ) -> runtime::Paginator<models::StatementResponse, GetAllStatementsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .statements()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Get Statement
    ///
    /// `GET /v2/statements/{statement_id}`
    pub async fn get(
        &self,
        statement_id: &str,
    ) -> Result<models::StatementResponse, runtime::Error<GetStatementError>> {
        self.get_with_response(statement_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/statements/{statement_id}", runtime::decode_json)
            .await
    }
    /// Create Statement Url
    ///
    /// `POST /v2/statements/{statement_id}/statement_urls`
    pub async fn create_url(
        &self,
        statement_id: &str,
    ) -> Result<models::StatementUrlResponse, runtime::Error<CreateStatementUrlError>> {
        self.create_url_with_response(statement_id)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`create_url`](Self::create_url), with the response's status, headers and request id.
    pub async fn create_url_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        self.client
            .transport
            .execute(
                request,
                "/v2/statements/{statement_id}/statement_urls",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::TaxRates<'_> {
    /// Get All Tax Rates
    ///
    /// `GET /v2/tax_rates`
    pub async fn get_all(
        &self,
        params: &GetAllTaxRatesParams,
    ) -> Result<models::TaxRateListResponse, runtime::Error<GetAllTaxRatesError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllTaxRatesParams,
    ) -> Result<
        runtime::Response<models::TaxRateListResponse>,
        runtime::Error<GetAllTaxRatesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/tax_rates")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client
            .transport
            .execute(request, "/v2/tax_rates", runtime::decode_json)
            .await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllTaxRatesParams,
    ) -> runtime::Paginator<models::TaxRateDetailsResponse, GetAllTaxRatesError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client
                        .tax_rates()
                        .get_all_with_response(&params)
                        .await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Create Tax Rate
    ///
    /// `POST /v2/tax_rates`
    pub async fn create(
        &self,
        body: &models::TaxRateCreateRequest,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<CreateTaxRateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::TaxRateCreateRequest,
    ) -> Result<
        runtime::Response<models::TaxRateDetailsResponse>,
        runtime::Error<CreateTaxRateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/tax_rates")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/tax_rates", runtime::decode_json)
            .await
    }
    /// Get Tax Rate
    ///
    /// `GET /v2/tax_rates/{tax_rate_id}`
    pub async fn get(
        &self,
        tax_rate_id: &str,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<GetTaxRateError>> {
        self.get_with_response(tax_rate_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
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
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/tax_rates/{tax_rate_id}", runtime::decode_json)
            .await
    }
    /// Update Tax Rate
    ///
    /// `POST /v2/tax_rates/{tax_rate_id}`
    pub async fn update(
        &self,
        tax_rate_id: &str,
        body: &models::TaxRateUpdateRequest,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<UpdateTaxRateError>> {
        self.update_with_response(tax_rate_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
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
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.client
            .transport
            .execute(request, "/v2/tax_rates/{tax_rate_id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Terms<'_> {
    /// Get All Terms
    ///
    /// `GET /v2/terms`
    pub async fn get_all(
        &self,
        params: &GetAllTermsParams,
    ) -> Result<models::TermListResponse, runtime::Error<GetAllTermsError>> {
        self.get_all_with_response(params).await.map(runtime::Response::into_value)
    }
    /// Like [`get_all`](Self::get_all), with the response's status, headers and request id.
    pub async fn get_all_with_response(
        &self,
        params: &GetAllTermsParams,
    ) -> Result<
        runtime::Response<models::TermListResponse>,
        runtime::Error<GetAllTermsError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v2/terms")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
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
        self.client.transport.execute(request, "/v2/terms", runtime::decode_json).await
    }
    /// Every item of [`get_all`](Self::get_all), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    pub fn get_all_stream(
        &self,
        params: &GetAllTermsParams,
    ) -> runtime::Paginator<models::TermResponse, GetAllTermsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                async move {
                    match cursor {
                        runtime::Cursor::After(id) => {
                            params.starting_after = Some(id);
                            params.ending_before = None;
                        }
                        runtime::Cursor::Before(id) => {
                            params.ending_before = Some(id);
                            params.starting_after = None;
                        }
                        _ => {}
                    }
                    let response = client.terms().get_all_with_response(&params).await?;
                    let page = response.into_value();
                    let next = runtime::Next::more(page.has_more);
                    Ok(runtime::Page {
                        items: page.data,
                        next,
                    })
                }
            },
        )
    }
    /// Get Term
    ///
    /// `GET /v2/terms/{term_id}`
    pub async fn get(
        &self,
        term_id: &str,
    ) -> Result<models::TermResponse, runtime::Error<GetTermError>> {
        self.get_with_response(term_id).await.map(runtime::Response::into_value)
    }
    /// Like [`get`](Self::get), with the response's status, headers and request id.
    pub async fn get_with_response(
        &self,
        term_id: &str,
    ) -> Result<runtime::Response<models::TermResponse>, runtime::Error<GetTermError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/terms/"),
            runtime::encode_path_segment(term_id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        self.client
            .transport
            .execute(request, "/v2/terms/{term_id}", runtime::decode_json)
            .await
    }
}
