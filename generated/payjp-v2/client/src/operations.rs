//! One async method per operation.
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Balance
    ///
    /// `GET /v2/balances/{balance_id}`
    pub async fn get_balance(
        &self,
        balance_id: &str,
    ) -> Result<models::BalanceResponse, runtime::Error<GetBalanceError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/balances/"),
            runtime::encode_path_segment(balance_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Create Balance Url
    ///
    /// `POST /v2/balances/{balance_id}/balance_urls`
    pub async fn create_balance_url(
        &self,
        balance_id: &str,
    ) -> Result<models::BalanceUrlResponse, runtime::Error<CreateBalanceUrlError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/balances/"),
            runtime::encode_path_segment(balance_id),
            std::borrow::Cow::Borrowed("/balance_urls"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [std::borrow::Cow::Borrowed("/v2/checkout/sessions")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/checkout/sessions/"),
            runtime::encode_path_segment(checkout_session_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/checkout/sessions/"),
            runtime::encode_path_segment(checkout_session_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/checkout/sessions/"),
            runtime::encode_path_segment(checkout_session_id),
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get All Customers
    ///
    /// `GET /v2/customers`
    pub async fn get_all_customers(
        &self,
        params: &GetAllCustomersParams,
    ) -> Result<models::CustomerListResponse, runtime::Error<GetAllCustomersError>> {
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Create Customer
    ///
    /// `POST /v2/customers`
    pub async fn create_customer(
        &self,
        body: &models::CustomerCreateRequest,
    ) -> Result<models::CustomerResponse, runtime::Error<CreateCustomerError>> {
        let path = [std::borrow::Cow::Borrowed("/v2/customers")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Customer
    ///
    /// `GET /v2/customers/{customer_id}`
    pub async fn get_customer(
        &self,
        customer_id: &str,
    ) -> Result<models::CustomerResponse, runtime::Error<GetCustomerError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/customers/"),
            runtime::encode_path_segment(customer_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Update Customer
    ///
    /// `POST /v2/customers/{customer_id}`
    pub async fn update_customer(
        &self,
        customer_id: &str,
        body: &models::CustomerUpdateRequest,
    ) -> Result<models::CustomerResponse, runtime::Error<UpdateCustomerError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/customers/"),
            runtime::encode_path_segment(customer_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Delete Customer
    ///
    /// `DELETE /v2/customers/{customer_id}`
    pub async fn delete_customer(
        &self,
        customer_id: &str,
    ) -> Result<models::CustomerResponse, runtime::Error<DeleteCustomerError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/customers/"),
            runtime::encode_path_segment(customer_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::DELETE, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/customers/"),
            runtime::encode_path_segment(customer_id),
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get All Events
    ///
    /// `GET /v2/events`
    pub async fn get_all_events(
        &self,
        params: &GetAllEventsParams,
    ) -> Result<models::EventListResponse, runtime::Error<GetAllEventsError>> {
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Event
    ///
    /// `GET /v2/events/{event_id}`
    pub async fn get_event(
        &self,
        event_id: &str,
    ) -> Result<models::EventResponse, runtime::Error<GetEventError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/events/"),
            runtime::encode_path_segment(event_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Payment Dispute
    ///
    /// `GET /v2/payment_disputes/{payment_dispute_id}`
    pub async fn get_payment_dispute(
        &self,
        payment_dispute_id: &str,
    ) -> Result<models::PaymentDisputeResponse, runtime::Error<GetPaymentDisputeError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_disputes/"),
            runtime::encode_path_segment(payment_dispute_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Create Payment Flow
    ///
    /// `POST /v2/payment_flows`
    pub async fn create_payment_flow(
        &self,
        body: &models::PaymentFlowCreateRequest,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CreatePaymentFlowError>> {
        let path = [std::borrow::Cow::Borrowed("/v2/payment_flows")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Payment Flow
    ///
    /// `GET /v2/payment_flows/{payment_flow_id}`
    pub async fn get_payment_flow(
        &self,
        payment_flow_id: &str,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<GetPaymentFlowError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Update Payment Flow
    ///
    /// `POST /v2/payment_flows/{payment_flow_id}`
    pub async fn update_payment_flow(
        &self,
        payment_flow_id: &str,
        body: &models::PaymentFlowUpdateRequest,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<UpdatePaymentFlowError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Cancel Payment Flow
    ///
    /// `POST /v2/payment_flows/{payment_flow_id}/cancel`
    pub async fn cancel_payment_flow(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowCancelRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CancelPaymentFlowError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id),
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Capture Payment Flow
    ///
    /// `POST /v2/payment_flows/{payment_flow_id}/capture`
    pub async fn capture_payment_flow(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowCaptureRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<CapturePaymentFlowError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id),
            std::borrow::Cow::Borrowed("/capture"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Confirm Payment Flow
    ///
    /// `POST /v2/payment_flows/{payment_flow_id}/confirm`
    pub async fn confirm_payment_flow(
        &self,
        payment_flow_id: &str,
        body: Option<&models::PaymentFlowConfirmRequest>,
    ) -> Result<models::PaymentFlowResponse, runtime::Error<ConfirmPaymentFlowError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id),
            std::borrow::Cow::Borrowed("/confirm"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_flows/"),
            runtime::encode_path_segment(payment_flow_id),
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
        self.transport.execute(request, runtime::decode_json).await
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
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_method_configurations/"),
            runtime::encode_path_segment(payment_method_configuration_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_method_configurations/"),
            runtime::encode_path_segment(payment_method_configuration_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
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
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [std::borrow::Cow::Borrowed("/v2/payment_methods")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/cards/"),
            runtime::encode_path_segment(card_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Payment Method
    ///
    /// `GET /v2/payment_methods/{payment_method_id}`
    pub async fn get_payment_method(
        &self,
        payment_method_id: &str,
    ) -> Result<models::PaymentMethodResponse, runtime::Error<GetPaymentMethodError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/"),
            runtime::encode_path_segment(payment_method_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/"),
            runtime::encode_path_segment(payment_method_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/"),
            runtime::encode_path_segment(payment_method_id),
            std::borrow::Cow::Borrowed("/attach"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_methods/"),
            runtime::encode_path_segment(payment_method_id),
            std::borrow::Cow::Borrowed("/detach"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [std::borrow::Cow::Borrowed("/v2/payment_refunds")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Payment Refund
    ///
    /// `GET /v2/payment_refunds/{payment_refund_id}`
    pub async fn get_payment_refund(
        &self,
        payment_refund_id: &str,
    ) -> Result<models::PaymentRefundResponse, runtime::Error<GetPaymentRefundError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_refunds/"),
            runtime::encode_path_segment(payment_refund_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_refunds/"),
            runtime::encode_path_segment(payment_refund_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
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
        self.transport.execute(request, runtime::decode_json).await
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
        let path = [
            std::borrow::Cow::Borrowed("/v2/payment_transactions/"),
            runtime::encode_path_segment(payment_transaction_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get All Prices
    ///
    /// `GET /v2/prices`
    pub async fn get_all_prices(
        &self,
        params: &GetAllPricesParams,
    ) -> Result<models::PriceListResponse, runtime::Error<GetAllPricesError>> {
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Create Price
    ///
    /// `POST /v2/prices`
    pub async fn create_price(
        &self,
        body: &models::PriceCreateRequest,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<CreatePriceError>> {
        let path = [std::borrow::Cow::Borrowed("/v2/prices")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Price
    ///
    /// `GET /v2/prices/{price_id}`
    pub async fn get_price(
        &self,
        price_id: &str,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<GetPriceError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/prices/"),
            runtime::encode_path_segment(price_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Update Price
    ///
    /// `POST /v2/prices/{price_id}`
    pub async fn update_price(
        &self,
        price_id: &str,
        body: &models::PriceUpdateRequest,
    ) -> Result<models::PriceDetailsResponse, runtime::Error<UpdatePriceError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/prices/"),
            runtime::encode_path_segment(price_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get All Products
    ///
    /// `GET /v2/products`
    pub async fn get_all_products(
        &self,
        params: &GetAllProductsParams,
    ) -> Result<models::ProductListResponse, runtime::Error<GetAllProductsError>> {
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Create Product
    ///
    /// `POST /v2/products`
    pub async fn create_product(
        &self,
        body: &models::ProductCreateRequest,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<CreateProductError>> {
        let path = [std::borrow::Cow::Borrowed("/v2/products")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Product
    ///
    /// `GET /v2/products/{product_id}`
    pub async fn get_product(
        &self,
        product_id: &str,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<GetProductError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/products/"),
            runtime::encode_path_segment(product_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Update Product
    ///
    /// `POST /v2/products/{product_id}`
    pub async fn update_product(
        &self,
        product_id: &str,
        body: &models::ProductUpdateRequest,
    ) -> Result<models::ProductDetailsResponse, runtime::Error<UpdateProductError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/products/"),
            runtime::encode_path_segment(product_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Delete Product
    ///
    /// `DELETE /v2/products/{product_id}`
    pub async fn delete_product(
        &self,
        product_id: &str,
    ) -> Result<models::ProductDeletedResponse, runtime::Error<DeleteProductError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/products/"),
            runtime::encode_path_segment(product_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::DELETE, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get All Setup Flows
    ///
    /// `GET /v2/setup_flows`
    pub async fn get_all_setup_flows(
        &self,
        params: &GetAllSetupFlowsParams,
    ) -> Result<models::SetupFlowListResponse, runtime::Error<GetAllSetupFlowsError>> {
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Create Setup Flow
    ///
    /// `POST /v2/setup_flows`
    pub async fn create_setup_flow(
        &self,
        body: Option<&models::SetupFlowCreateRequest>,
    ) -> Result<models::SetupFlowResponse, runtime::Error<CreateSetupFlowError>> {
        let path = [std::borrow::Cow::Borrowed("/v2/setup_flows")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Setup Flow
    ///
    /// `GET /v2/setup_flows/{setup_flow_id}`
    pub async fn get_setup_flow(
        &self,
        setup_flow_id: &str,
    ) -> Result<models::SetupFlowResponse, runtime::Error<GetSetupFlowError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/setup_flows/"),
            runtime::encode_path_segment(setup_flow_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Update Setup Flow
    ///
    /// `POST /v2/setup_flows/{setup_flow_id}`
    pub async fn update_setup_flow(
        &self,
        setup_flow_id: &str,
        body: &models::SetupFlowUpdateRequest,
    ) -> Result<models::SetupFlowResponse, runtime::Error<UpdateSetupFlowError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/setup_flows/"),
            runtime::encode_path_segment(setup_flow_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Cancel Setup Flow
    ///
    /// `POST /v2/setup_flows/{setup_flow_id}/cancel`
    pub async fn cancel_setup_flow(
        &self,
        setup_flow_id: &str,
        body: Option<&models::SetupFlowCancelRequest>,
    ) -> Result<models::SetupFlowResponse, runtime::Error<CancelSetupFlowError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/setup_flows/"),
            runtime::encode_path_segment(setup_flow_id),
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => runtime::json_body(request, "application/json", body)?,
            None => request,
        };
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get All Statements
    ///
    /// `GET /v2/statements`
    pub async fn get_all_statements(
        &self,
        params: &GetAllStatementsParams,
    ) -> Result<models::StatementListResponse, runtime::Error<GetAllStatementsError>> {
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Statement
    ///
    /// `GET /v2/statements/{statement_id}`
    pub async fn get_statement(
        &self,
        statement_id: &str,
    ) -> Result<models::StatementResponse, runtime::Error<GetStatementError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/statements/"),
            runtime::encode_path_segment(statement_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Create Statement Url
    ///
    /// `POST /v2/statements/{statement_id}/statement_urls`
    pub async fn create_statement_url(
        &self,
        statement_id: &str,
    ) -> Result<models::StatementUrlResponse, runtime::Error<CreateStatementUrlError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/statements/"),
            runtime::encode_path_segment(statement_id),
            std::borrow::Cow::Borrowed("/statement_urls"),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get All Tax Rates
    ///
    /// `GET /v2/tax_rates`
    pub async fn get_all_tax_rates(
        &self,
        params: &GetAllTaxRatesParams,
    ) -> Result<models::TaxRateListResponse, runtime::Error<GetAllTaxRatesError>> {
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Create Tax Rate
    ///
    /// `POST /v2/tax_rates`
    pub async fn create_tax_rate(
        &self,
        body: &models::TaxRateCreateRequest,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<CreateTaxRateError>> {
        let path = [std::borrow::Cow::Borrowed("/v2/tax_rates")].concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Tax Rate
    ///
    /// `GET /v2/tax_rates/{tax_rate_id}`
    pub async fn get_tax_rate(
        &self,
        tax_rate_id: &str,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<GetTaxRateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/tax_rates/"),
            runtime::encode_path_segment(tax_rate_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Update Tax Rate
    ///
    /// `POST /v2/tax_rates/{tax_rate_id}`
    pub async fn update_tax_rate(
        &self,
        tax_rate_id: &str,
        body: &models::TaxRateUpdateRequest,
    ) -> Result<models::TaxRateDetailsResponse, runtime::Error<UpdateTaxRateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/tax_rates/"),
            runtime::encode_path_segment(tax_rate_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::POST, &path);
        let request = runtime::json_body(request, "application/json", body)?;
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get All Terms
    ///
    /// `GET /v2/terms`
    pub async fn get_all_terms(
        &self,
        params: &GetAllTermsParams,
    ) -> Result<models::TermListResponse, runtime::Error<GetAllTermsError>> {
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
        self.transport.execute(request, runtime::decode_json).await
    }
    /// Get Term
    ///
    /// `GET /v2/terms/{term_id}`
    pub async fn get_term(
        &self,
        term_id: &str,
    ) -> Result<models::TermResponse, runtime::Error<GetTermError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v2/terms/"),
            runtime::encode_path_segment(term_id),
        ]
            .concat();
        let request = self.transport.request(reqwest::Method::GET, &path);
        self.transport.execute(request, runtime::decode_json).await
    }
}
