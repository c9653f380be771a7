//! One async method per operation, on its resource, a `_with_response` variant that also
//! returns the status, headers and request id, and for list operations a `_stream` of every item.
#[allow(unused_imports)]
use crate::models;
#[allow(unused_imports)]
use crate::params::*;
#[allow(unused_imports)]
use crate::errors::*;
use crate::runtime;
impl crate::resources::ThreeDSecure<'_> {
    #[cfg(feature = "three_d_secure")]
    /// Initiate 3D Secure authentication.
    ///
    /// `POST /v1/3d_secure`
    pub async fn create(
        &self,
        body: &models::ThreeDSecureCreateParams,
    ) -> Result<models::ThreeDSecure, runtime::Error<ThreeDSecureCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "three_d_secure")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::ThreeDSecureCreateParams,
    ) -> Result<
        runtime::Response<models::ThreeDSecure>,
        runtime::Error<ThreeDSecureCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/3d_secure")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/3d_secure", runtime::decode_json)
            .await
    }
    #[cfg(feature = "three_d_secure")]
    /// Retrieves a 3D Secure object.
    ///
    /// `GET /v1/3d_secure/{three_d_secure}`
    pub async fn retrieve(
        &self,
        three_d_secure: &str,
        params: &ThreeDSecureRetrieveParams,
    ) -> Result<models::ThreeDSecure, runtime::Error<ThreeDSecureRetrieveError>> {
        self.retrieve_with_response(three_d_secure, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "three_d_secure")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        three_d_secure: &str,
        params: &ThreeDSecureRetrieveParams,
    ) -> Result<
        runtime::Response<models::ThreeDSecure>,
        runtime::Error<ThreeDSecureRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/3d_secure/"),
            runtime::encode_path_segment(three_d_secure)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/3d_secure/{three_d_secure}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Account<'_> {
    #[cfg(feature = "account")]
    /// Retrieves the details of an account.
    ///
    /// `GET /v1/account`
    pub async fn retrieve(
        &self,
        params: &AccountParams,
    ) -> Result<models::Account, runtime::Error<AccountError>> {
        self.retrieve_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        params: &AccountParams,
    ) -> Result<runtime::Response<models::Account>, runtime::Error<AccountError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/account")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/account", runtime::decode_json).await
    }
    #[cfg(feature = "account")]
    /// Updates a connected account by setting the values of the parameters passed. Any parameters not provided are left unchanged. Most parameters can be changed only for Custom accounts. (These are marked **Custom Only** below.) Parameters marked **Custom and Express** are not supported for Standard accounts.
    ///
    /// To update your own account, use the [Dashboard](https://dashboard.stripe.com/account). Refer to our Connect documentation to learn more about updating accounts.
    ///
    /// `POST /v1/account`
    pub async fn update(
        &self,
        body: Option<&models::AccountUpdateParams>,
    ) -> Result<models::Account, runtime::Error<AccountUpdateError>> {
        self.update_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        body: Option<&models::AccountUpdateParams>,
    ) -> Result<runtime::Response<models::Account>, runtime::Error<AccountUpdateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/account")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client.transport.execute(request, "/v1/account", runtime::decode_json).await
    }
    #[cfg(feature = "account")]
    /// With Connect, you can delete accounts you manage.
    ///
    /// Accounts created using test-mode keys can be deleted at any time. Custom or Express accounts created using live-mode keys can only be deleted once all balances are zero.
    ///
    /// If you want to delete your own account, use the [account information tab in your account settings](https://dashboard.stripe.com/account) instead.
    ///
    /// `DELETE /v1/account`
    pub async fn delete(
        &self,
        body: Option<&models::AccountDeleteParams>,
    ) -> Result<models::DeletedAccount, runtime::Error<AccountDeleteError>> {
        self.delete_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        body: Option<&models::AccountDeleteParams>,
    ) -> Result<
        runtime::Response<models::DeletedAccount>,
        runtime::Error<AccountDeleteError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account")].concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client.transport.execute(request, "/v1/account", runtime::decode_json).await
    }
    #[cfg(feature = "login_link")]
    /// Creates a single-use login link for an Express account to access their Stripe dashboard.
    ///
    /// **You may only create login links for Express accounts connected to your platform**.
    ///
    /// `POST /v1/account/login_links`
    pub async fn login_links(
        &self,
        body: &models::AccountLoginLinksParams,
    ) -> Result<models::LoginLink, runtime::Error<AccountLoginLinksError>> {
        self.login_links_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "login_link")]
    /// Like [`login_links`](Self::login_links), with the response's status, headers and request id.
    pub async fn login_links_with_response(
        &self,
        body: &models::AccountLoginLinksParams,
    ) -> Result<
        runtime::Response<models::LoginLink>,
        runtime::Error<AccountLoginLinksError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/login_links")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/account/login_links", runtime::decode_json)
            .await
    }
}
impl crate::resources::AccountBankAccounts<'_> {
    #[cfg(feature = "external_account")]
    /// Create an external account for a given account.
    ///
    /// `POST /v1/account/bank_accounts`
    pub async fn create(
        &self,
        body: Option<&models::AccountBankAccountCreateParams>,
    ) -> Result<models::ExternalAccount, runtime::Error<AccountBankAccountCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::AccountBankAccountCreateParams>,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountBankAccountCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/bank_accounts")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/account/bank_accounts", runtime::decode_json)
            .await
    }
    #[cfg(feature = "external_account")]
    /// Retrieve a specified external account for a given account.
    ///
    /// `GET /v1/account/bank_accounts/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &AccountBankAccountRetrieveParams,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountBankAccountRetrieveError>,
    > {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &AccountBankAccountRetrieveParams,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountBankAccountRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/account/bank_accounts/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "external_account")]
    /// Updates the metadata, account holder name, account holder type of a bank account belonging to a Custom account, and optionally sets it as the default for its currency. Other bank account details are not editable by design.
    ///
    /// You can re-enable a disabled bank account by performing an update call without providing any arguments or changes.
    ///
    /// `POST /v1/account/bank_accounts/{id}`
    pub async fn update(
        &self,
        id: &str,
        body: Option<&models::AccountBankAccountUpdateParams>,
    ) -> Result<models::ExternalAccount, runtime::Error<AccountBankAccountUpdateError>> {
        self.update_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        id: &str,
        body: Option<&models::AccountBankAccountUpdateParams>,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountBankAccountUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/account/bank_accounts/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "external_account")]
    /// Delete a specified external account for a given account.
    ///
    /// `DELETE /v1/account/bank_accounts/{id}`
    pub async fn delete(
        &self,
        id: &str,
    ) -> Result<
        models::DeletedExternalAccount,
        runtime::Error<AccountBankAccountDeleteError>,
    > {
        self.delete_with_response(id).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        id: &str,
    ) -> Result<
        runtime::Response<models::DeletedExternalAccount>,
        runtime::Error<AccountBankAccountDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/account/bank_accounts/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::AccountCapabilities<'_> {
    #[cfg(feature = "capability")]
    /// Returns a list of capabilities associated with the account. The capabilities are returned sorted by creation date, with the most recent capability appearing first.
    ///
    /// `GET /v1/account/capabilities`
    pub async fn list(
        &self,
        params: &AccountCapabilityListParams,
    ) -> Result<
        models::AccountCapabilityListResponse,
        runtime::Error<AccountCapabilityListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "capability")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &AccountCapabilityListParams,
    ) -> Result<
        runtime::Response<models::AccountCapabilityListResponse>,
        runtime::Error<AccountCapabilityListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/capabilities")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/account/capabilities", runtime::decode_json)
            .await
    }
    #[cfg(feature = "capability")]
    /// Retrieves information about the specified Account Capability.
    ///
    /// `GET /v1/account/capabilities/{capability}`
    pub async fn retrieve(
        &self,
        capability: &str,
        params: &AccountCapabilityRetrieveParams,
    ) -> Result<models::Capability, runtime::Error<AccountCapabilityRetrieveError>> {
        self.retrieve_with_response(capability, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "capability")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        capability: &str,
        params: &AccountCapabilityRetrieveParams,
    ) -> Result<
        runtime::Response<models::Capability>,
        runtime::Error<AccountCapabilityRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/capabilities/"),
            runtime::encode_path_segment(capability)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/account/capabilities/{capability}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "capability")]
    /// Updates an existing Account Capability.
    ///
    /// `POST /v1/account/capabilities/{capability}`
    pub async fn update(
        &self,
        capability: &str,
        body: Option<&models::AccountCapabilityUpdateParams>,
    ) -> Result<models::Capability, runtime::Error<AccountCapabilityUpdateError>> {
        self.update_with_response(capability, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "capability")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        capability: &str,
        body: Option<&models::AccountCapabilityUpdateParams>,
    ) -> Result<
        runtime::Response<models::Capability>,
        runtime::Error<AccountCapabilityUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/capabilities/"),
            runtime::encode_path_segment(capability)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/account/capabilities/{capability}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::AccountExternalAccounts<'_> {
    #[cfg(feature = "bank_account")]
    /// List external accounts for an account.
    ///
    /// `GET /v1/account/external_accounts`
    pub async fn list(
        &self,
        params: &AccountExternalAccountListParams,
    ) -> Result<
        models::AccountExternalAccountListResponse,
        runtime::Error<AccountExternalAccountListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "bank_account")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &AccountExternalAccountListParams,
    ) -> Result<
        runtime::Response<models::AccountExternalAccountListResponse>,
        runtime::Error<AccountExternalAccountListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/external_accounts")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/account/external_accounts", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "bank_account")]
    pub fn list_stream(
        &self,
        params: &AccountExternalAccountListParams,
    ) -> runtime::Paginator<models::BankAccountOrCard, AccountExternalAccountListError> {
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
                        .account()
                        .external_accounts()
                        .list_with_response(&params)
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
    #[cfg(feature = "external_account")]
    /// Create an external account for a given account.
    ///
    /// `POST /v1/account/external_accounts`
    pub async fn create(
        &self,
        body: Option<&models::AccountExternalAccountCreateParams>,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountExternalAccountCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::AccountExternalAccountCreateParams>,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountExternalAccountCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/external_accounts")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/account/external_accounts", runtime::decode_json)
            .await
    }
    #[cfg(feature = "external_account")]
    /// Retrieve a specified external account for a given account.
    ///
    /// `GET /v1/account/external_accounts/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &AccountExternalAccountRetrieveParams,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountExternalAccountRetrieveError>,
    > {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &AccountExternalAccountRetrieveParams,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountExternalAccountRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/external_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/account/external_accounts/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "external_account")]
    /// Updates the metadata, account holder name, account holder type of a bank account belonging to a Custom account, and optionally sets it as the default for its currency. Other bank account details are not editable by design.
    ///
    /// You can re-enable a disabled bank account by performing an update call without providing any arguments or changes.
    ///
    /// `POST /v1/account/external_accounts/{id}`
    pub async fn update(
        &self,
        id: &str,
        body: Option<&models::AccountExternalAccountUpdateParams>,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountExternalAccountUpdateError>,
    > {
        self.update_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        id: &str,
        body: Option<&models::AccountExternalAccountUpdateParams>,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountExternalAccountUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/external_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/account/external_accounts/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "external_account")]
    /// Delete a specified external account for a given account.
    ///
    /// `DELETE /v1/account/external_accounts/{id}`
    pub async fn delete(
        &self,
        id: &str,
    ) -> Result<
        models::DeletedExternalAccount,
        runtime::Error<AccountExternalAccountDeleteError>,
    > {
        self.delete_with_response(id).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        id: &str,
    ) -> Result<
        runtime::Response<models::DeletedExternalAccount>,
        runtime::Error<AccountExternalAccountDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/external_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/account/external_accounts/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::AccountPeople<'_> {
    #[cfg(feature = "person")]
    /// Returns a list of people associated with the account’s legal entity. The people are returned sorted by creation date, with the most recent people appearing first.
    ///
    /// `GET /v1/account/people`
    pub async fn list(
        &self,
        params: &AccountPeopleListParams,
    ) -> Result<
        models::AccountPeopleListResponse,
        runtime::Error<AccountPeopleListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &AccountPeopleListParams,
    ) -> Result<
        runtime::Response<models::AccountPeopleListResponse>,
        runtime::Error<AccountPeopleListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/people")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "relationship",
            &params.relationship,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/account/people", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "person")]
    pub fn list_stream(
        &self,
        params: &AccountPeopleListParams,
    ) -> runtime::Paginator<models::Person, AccountPeopleListError> {
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
                        .account()
                        .people()
                        .list_with_response(&params)
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
    #[cfg(feature = "person")]
    /// Creates a new person.
    ///
    /// `POST /v1/account/people`
    pub async fn create(
        &self,
        body: Option<&models::AccountPeopleCreateParams>,
    ) -> Result<models::Person, runtime::Error<AccountPeopleCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::AccountPeopleCreateParams>,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPeopleCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/people")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/account/people", runtime::decode_json)
            .await
    }
    #[cfg(feature = "person")]
    /// Retrieves an existing person.
    ///
    /// `GET /v1/account/people/{person}`
    pub async fn retrieve(
        &self,
        person: &str,
        params: &AccountPeopleRetrieveParams,
    ) -> Result<models::Person, runtime::Error<AccountPeopleRetrieveError>> {
        self.retrieve_with_response(person, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        person: &str,
        params: &AccountPeopleRetrieveParams,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPeopleRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/people/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/account/people/{person}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "person")]
    /// Updates an existing person.
    ///
    /// `POST /v1/account/people/{person}`
    pub async fn update(
        &self,
        person: &str,
        body: Option<&models::AccountPeopleUpdateParams>,
    ) -> Result<models::Person, runtime::Error<AccountPeopleUpdateError>> {
        self.update_with_response(person, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        person: &str,
        body: Option<&models::AccountPeopleUpdateParams>,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPeopleUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/people/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/account/people/{person}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "person")]
    /// Deletes an existing person’s relationship to the account’s legal entity. Any person with a relationship for an account can be deleted through the API, except if the person is the `account_opener`. If your integration is using the `executive` parameter, you cannot delete the only verified `executive` on file.
    ///
    /// `DELETE /v1/account/people/{person}`
    pub async fn delete(
        &self,
        person: &str,
    ) -> Result<models::DeletedPerson, runtime::Error<AccountPeopleDeleteError>> {
        self.delete_with_response(person).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        person: &str,
    ) -> Result<
        runtime::Response<models::DeletedPerson>,
        runtime::Error<AccountPeopleDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/people/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/account/people/{person}", runtime::decode_json)
            .await
    }
}
impl crate::resources::AccountPersons<'_> {
    #[cfg(feature = "person")]
    /// Returns a list of people associated with the account’s legal entity. The people are returned sorted by creation date, with the most recent people appearing first.
    ///
    /// `GET /v1/account/persons`
    pub async fn list(
        &self,
        params: &AccountPersonListParams,
    ) -> Result<
        models::AccountPersonListResponse,
        runtime::Error<AccountPersonListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &AccountPersonListParams,
    ) -> Result<
        runtime::Response<models::AccountPersonListResponse>,
        runtime::Error<AccountPersonListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/persons")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "relationship",
            &params.relationship,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/account/persons", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "person")]
    pub fn list_stream(
        &self,
        params: &AccountPersonListParams,
    ) -> runtime::Paginator<models::Person, AccountPersonListError> {
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
                        .account()
                        .persons()
                        .list_with_response(&params)
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
    #[cfg(feature = "person")]
    /// Creates a new person.
    ///
    /// `POST /v1/account/persons`
    pub async fn create(
        &self,
        body: Option<&models::AccountPersonCreateParams>,
    ) -> Result<models::Person, runtime::Error<AccountPersonCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::AccountPersonCreateParams>,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPersonCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account/persons")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/account/persons", runtime::decode_json)
            .await
    }
    #[cfg(feature = "person")]
    /// Retrieves an existing person.
    ///
    /// `GET /v1/account/persons/{person}`
    pub async fn retrieve(
        &self,
        person: &str,
        params: &AccountPersonRetrieveParams,
    ) -> Result<models::Person, runtime::Error<AccountPersonRetrieveError>> {
        self.retrieve_with_response(person, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        person: &str,
        params: &AccountPersonRetrieveParams,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPersonRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/persons/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/account/persons/{person}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "person")]
    /// Updates an existing person.
    ///
    /// `POST /v1/account/persons/{person}`
    pub async fn update(
        &self,
        person: &str,
        body: Option<&models::AccountPersonUpdateParams>,
    ) -> Result<models::Person, runtime::Error<AccountPersonUpdateError>> {
        self.update_with_response(person, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        person: &str,
        body: Option<&models::AccountPersonUpdateParams>,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPersonUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/persons/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/account/persons/{person}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "person")]
    /// Deletes an existing person’s relationship to the account’s legal entity. Any person with a relationship for an account can be deleted through the API, except if the person is the `account_opener`. If your integration is using the `executive` parameter, you cannot delete the only verified `executive` on file.
    ///
    /// `DELETE /v1/account/persons/{person}`
    pub async fn delete(
        &self,
        person: &str,
    ) -> Result<models::DeletedPerson, runtime::Error<AccountPersonDeleteError>> {
        self.delete_with_response(person).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        person: &str,
    ) -> Result<
        runtime::Response<models::DeletedPerson>,
        runtime::Error<AccountPersonDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/account/persons/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/account/persons/{person}", runtime::decode_json)
            .await
    }
}
impl crate::resources::AccountLinks<'_> {
    #[cfg(feature = "account_link")]
    /// Creates an AccountLink object that includes a single-use Stripe URL that the platform can redirect their user to in order to take them through the Connect Onboarding flow.
    ///
    /// `POST /v1/account_links`
    pub async fn create(
        &self,
        body: &models::AccountLinkCreateParams,
    ) -> Result<models::AccountLink, runtime::Error<AccountLinkCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account_link")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::AccountLinkCreateParams,
    ) -> Result<
        runtime::Response<models::AccountLink>,
        runtime::Error<AccountLinkCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/account_links")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/account_links", runtime::decode_json)
            .await
    }
}
impl crate::resources::Accounts<'_> {
    #[cfg(feature = "account")]
    /// Returns a list of accounts connected to your platform via Connect. If you’re not a platform, the list is empty.
    ///
    /// `GET /v1/accounts`
    pub async fn list(
        &self,
        params: &AccountListParams,
    ) -> Result<models::AccountListResponse, runtime::Error<AccountListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &AccountListParams,
    ) -> Result<
        runtime::Response<models::AccountListResponse>,
        runtime::Error<AccountListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/accounts")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/accounts", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "account")]
    pub fn list_stream(
        &self,
        params: &AccountListParams,
    ) -> runtime::Paginator<models::Account, AccountListError> {
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
                    let response = client.accounts().list_with_response(&params).await?;
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
    #[cfg(feature = "account")]
    /// With Connect, you can create Stripe accounts for your users.
    /// To do this, you’ll first need to [register your platform](https://dashboard.stripe.com/account/applications/settings).
    ///
    /// `POST /v1/accounts`
    pub async fn create(
        &self,
        body: Option<&models::AccountCreateParams>,
    ) -> Result<models::Account, runtime::Error<AccountCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::AccountCreateParams>,
    ) -> Result<runtime::Response<models::Account>, runtime::Error<AccountCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/accounts")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/accounts", runtime::decode_json)
            .await
    }
    #[cfg(feature = "account")]
    /// Retrieves the details of an account.
    ///
    /// `GET /v1/accounts/{account}`
    pub async fn retrieve(
        &self,
        account: &str,
        params: &AccountRetrieveParams,
    ) -> Result<models::Account, runtime::Error<AccountRetrieveError>> {
        self.retrieve_with_response(account, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        account: &str,
        params: &AccountRetrieveParams,
    ) -> Result<
        runtime::Response<models::Account>,
        runtime::Error<AccountRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "account")]
    /// Updates a connected account by setting the values of the parameters passed. Any parameters not provided are left unchanged. Most parameters can be changed only for Custom accounts. (These are marked **Custom Only** below.) Parameters marked **Custom and Express** are not supported for Standard accounts.
    ///
    /// To update your own account, use the [Dashboard](https://dashboard.stripe.com/account). Refer to our Connect documentation to learn more about updating accounts.
    ///
    /// `POST /v1/accounts/{account}`
    pub async fn update(
        &self,
        account: &str,
        body: Option<&models::AccountUpdate2Params>,
    ) -> Result<models::Account, runtime::Error<AccountUpdate2Error>> {
        self.update_with_response(account, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        account: &str,
        body: Option<&models::AccountUpdate2Params>,
    ) -> Result<
        runtime::Response<models::Account>,
        runtime::Error<AccountUpdate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "account")]
    /// With Connect, you can delete accounts you manage.
    ///
    /// Accounts created using test-mode keys can be deleted at any time. Custom or Express accounts created using live-mode keys can only be deleted once all balances are zero.
    ///
    /// If you want to delete your own account, use the [account information tab in your account settings](https://dashboard.stripe.com/account) instead.
    ///
    /// `DELETE /v1/accounts/{account}`
    pub async fn delete(
        &self,
        account: &str,
    ) -> Result<models::DeletedAccount, runtime::Error<AccountDelete2Error>> {
        self.delete_with_response(account).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        account: &str,
    ) -> Result<
        runtime::Response<models::DeletedAccount>,
        runtime::Error<AccountDelete2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "login_link")]
    /// Creates a single-use login link for an Express account to access their Stripe dashboard.
    ///
    /// **You may only create login links for Express accounts connected to your platform**.
    ///
    /// `POST /v1/accounts/{account}/login_links`
    pub async fn login_links(
        &self,
        account: &str,
        body: Option<&models::AccountLoginLinks2Params>,
    ) -> Result<models::LoginLink, runtime::Error<AccountLoginLinks2Error>> {
        self.login_links_with_response(account, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "login_link")]
    /// Like [`login_links`](Self::login_links), with the response's status, headers and request id.
    pub async fn login_links_with_response(
        &self,
        account: &str,
        body: Option<&models::AccountLoginLinks2Params>,
    ) -> Result<
        runtime::Response<models::LoginLink>,
        runtime::Error<AccountLoginLinks2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/login_links"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}/login_links", runtime::decode_json)
            .await
    }
    #[cfg(feature = "account")]
    /// With Connect, you may flag accounts as suspicious.
    ///
    /// Test-mode Custom and Express accounts can be rejected at any time. Accounts created using live-mode keys may only be rejected once all balances are zero.
    ///
    /// `POST /v1/accounts/{account}/reject`
    pub async fn reject(
        &self,
        account: &str,
        body: &models::AccountRejectParams,
    ) -> Result<models::Account, runtime::Error<AccountRejectError>> {
        self.reject_with_response(account, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "account")]
    /// Like [`reject`](Self::reject), with the response's status, headers and request id.
    pub async fn reject_with_response(
        &self,
        account: &str,
        body: &models::AccountRejectParams,
    ) -> Result<runtime::Response<models::Account>, runtime::Error<AccountRejectError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/reject"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}/reject", runtime::decode_json)
            .await
    }
}
impl crate::resources::AccountsBankAccounts<'_> {
    #[cfg(feature = "external_account")]
    /// Create an external account for a given account.
    ///
    /// `POST /v1/accounts/{account}/bank_accounts`
    pub async fn create(
        &self,
        account: &str,
        body: Option<&models::AccountBankAccountCreate2Params>,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountBankAccountCreate2Error>,
    > {
        self.create_with_response(account, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        account: &str,
        body: Option<&models::AccountBankAccountCreate2Params>,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountBankAccountCreate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/bank_accounts"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/bank_accounts",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "external_account")]
    /// Retrieve a specified external account for a given account.
    ///
    /// `GET /v1/accounts/{account}/bank_accounts/{id}`
    pub async fn retrieve(
        &self,
        account: &str,
        id: &str,
        params: &AccountBankAccountRetrieve2Params,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountBankAccountRetrieve2Error>,
    > {
        self.retrieve_with_response(account, id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        account: &str,
        id: &str,
        params: &AccountBankAccountRetrieve2Params,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountBankAccountRetrieve2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/bank_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "external_account")]
    /// Updates the metadata, account holder name, account holder type of a bank account belonging to a Custom account, and optionally sets it as the default for its currency. Other bank account details are not editable by design.
    ///
    /// You can re-enable a disabled bank account by performing an update call without providing any arguments or changes.
    ///
    /// `POST /v1/accounts/{account}/bank_accounts/{id}`
    pub async fn update(
        &self,
        account: &str,
        id: &str,
        body: Option<&models::AccountBankAccountUpdate2Params>,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountBankAccountUpdate2Error>,
    > {
        self.update_with_response(account, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        account: &str,
        id: &str,
        body: Option<&models::AccountBankAccountUpdate2Params>,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountBankAccountUpdate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/bank_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "external_account")]
    /// Delete a specified external account for a given account.
    ///
    /// `DELETE /v1/accounts/{account}/bank_accounts/{id}`
    pub async fn delete(
        &self,
        account: &str,
        id: &str,
    ) -> Result<
        models::DeletedExternalAccount,
        runtime::Error<AccountBankAccountDelete2Error>,
    > {
        self.delete_with_response(account, id).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        account: &str,
        id: &str,
    ) -> Result<
        runtime::Response<models::DeletedExternalAccount>,
        runtime::Error<AccountBankAccountDelete2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/bank_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::AccountsCapabilities<'_> {
    #[cfg(feature = "capability")]
    /// Returns a list of capabilities associated with the account. The capabilities are returned sorted by creation date, with the most recent capability appearing first.
    ///
    /// `GET /v1/accounts/{account}/capabilities`
    pub async fn list(
        &self,
        account: &str,
        params: &AccountCapabilityList2Params,
    ) -> Result<
        models::AccountCapabilityList2Response,
        runtime::Error<AccountCapabilityList2Error>,
    > {
        self.list_with_response(account, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "capability")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        account: &str,
        params: &AccountCapabilityList2Params,
    ) -> Result<
        runtime::Response<models::AccountCapabilityList2Response>,
        runtime::Error<AccountCapabilityList2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/capabilities"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/capabilities",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "capability")]
    /// Retrieves information about the specified Account Capability.
    ///
    /// `GET /v1/accounts/{account}/capabilities/{capability}`
    pub async fn retrieve(
        &self,
        account: &str,
        capability: &str,
        params: &AccountCapabilityRetrieve2Params,
    ) -> Result<models::Capability, runtime::Error<AccountCapabilityRetrieve2Error>> {
        self.retrieve_with_response(account, capability, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "capability")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        account: &str,
        capability: &str,
        params: &AccountCapabilityRetrieve2Params,
    ) -> Result<
        runtime::Response<models::Capability>,
        runtime::Error<AccountCapabilityRetrieve2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/capabilities/"),
            runtime::encode_path_segment(capability)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/capabilities/{capability}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "capability")]
    /// Updates an existing Account Capability.
    ///
    /// `POST /v1/accounts/{account}/capabilities/{capability}`
    pub async fn update(
        &self,
        account: &str,
        capability: &str,
        body: Option<&models::AccountCapabilityUpdate2Params>,
    ) -> Result<models::Capability, runtime::Error<AccountCapabilityUpdate2Error>> {
        self.update_with_response(account, capability, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "capability")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        account: &str,
        capability: &str,
        body: Option<&models::AccountCapabilityUpdate2Params>,
    ) -> Result<
        runtime::Response<models::Capability>,
        runtime::Error<AccountCapabilityUpdate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/capabilities/"),
            runtime::encode_path_segment(capability)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/capabilities/{capability}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::AccountsExternalAccounts<'_> {
    #[cfg(feature = "bank_account")]
    /// List external accounts for an account.
    ///
    /// `GET /v1/accounts/{account}/external_accounts`
    pub async fn list(
        &self,
        account: &str,
        params: &AccountExternalAccountList2Params,
    ) -> Result<
        models::AccountExternalAccountList2Response,
        runtime::Error<AccountExternalAccountList2Error>,
    > {
        self.list_with_response(account, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "bank_account")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        account: &str,
        params: &AccountExternalAccountList2Params,
    ) -> Result<
        runtime::Response<models::AccountExternalAccountList2Response>,
        runtime::Error<AccountExternalAccountList2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/external_accounts"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/external_accounts",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "bank_account")]
    pub fn list_stream(
        &self,
        account: &str,
        params: &AccountExternalAccountList2Params,
    ) -> runtime::Paginator<
        models::BankAccountOrCard,
        AccountExternalAccountList2Error,
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
        let account = account.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let account = account.clone();
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
                        .accounts()
                        .external_accounts()
                        .list_with_response(&account, &params)
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
    #[cfg(feature = "external_account")]
    /// Create an external account for a given account.
    ///
    /// `POST /v1/accounts/{account}/external_accounts`
    pub async fn create(
        &self,
        account: &str,
        body: Option<&models::AccountExternalAccountCreate2Params>,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountExternalAccountCreate2Error>,
    > {
        self.create_with_response(account, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        account: &str,
        body: Option<&models::AccountExternalAccountCreate2Params>,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountExternalAccountCreate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/external_accounts"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/external_accounts",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "external_account")]
    /// Retrieve a specified external account for a given account.
    ///
    /// `GET /v1/accounts/{account}/external_accounts/{id}`
    pub async fn retrieve(
        &self,
        account: &str,
        id: &str,
        params: &AccountExternalAccountRetrieve2Params,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountExternalAccountRetrieve2Error>,
    > {
        self.retrieve_with_response(account, id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        account: &str,
        id: &str,
        params: &AccountExternalAccountRetrieve2Params,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountExternalAccountRetrieve2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/external_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/external_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "external_account")]
    /// Updates the metadata, account holder name, account holder type of a bank account belonging to a Custom account, and optionally sets it as the default for its currency. Other bank account details are not editable by design.
    ///
    /// You can re-enable a disabled bank account by performing an update call without providing any arguments or changes.
    ///
    /// `POST /v1/accounts/{account}/external_accounts/{id}`
    pub async fn update(
        &self,
        account: &str,
        id: &str,
        body: Option<&models::AccountExternalAccountUpdate2Params>,
    ) -> Result<
        models::ExternalAccount,
        runtime::Error<AccountExternalAccountUpdate2Error>,
    > {
        self.update_with_response(account, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        account: &str,
        id: &str,
        body: Option<&models::AccountExternalAccountUpdate2Params>,
    ) -> Result<
        runtime::Response<models::ExternalAccount>,
        runtime::Error<AccountExternalAccountUpdate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/external_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/external_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "external_account")]
    /// Delete a specified external account for a given account.
    ///
    /// `DELETE /v1/accounts/{account}/external_accounts/{id}`
    pub async fn delete(
        &self,
        account: &str,
        id: &str,
    ) -> Result<
        models::DeletedExternalAccount,
        runtime::Error<AccountExternalAccountDelete2Error>,
    > {
        self.delete_with_response(account, id).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "external_account")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        account: &str,
        id: &str,
    ) -> Result<
        runtime::Response<models::DeletedExternalAccount>,
        runtime::Error<AccountExternalAccountDelete2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/external_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/external_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::AccountsPeople<'_> {
    #[cfg(feature = "person")]
    /// Returns a list of people associated with the account’s legal entity. The people are returned sorted by creation date, with the most recent people appearing first.
    ///
    /// `GET /v1/accounts/{account}/people`
    pub async fn list(
        &self,
        account: &str,
        params: &AccountPeopleList2Params,
    ) -> Result<
        models::AccountPeopleList2Response,
        runtime::Error<AccountPeopleList2Error>,
    > {
        self.list_with_response(account, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        account: &str,
        params: &AccountPeopleList2Params,
    ) -> Result<
        runtime::Response<models::AccountPeopleList2Response>,
        runtime::Error<AccountPeopleList2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/people"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "relationship",
            &params.relationship,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}/people", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "person")]
    pub fn list_stream(
        &self,
        account: &str,
        params: &AccountPeopleList2Params,
    ) -> runtime::Paginator<models::Person, AccountPeopleList2Error> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let account = account.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let account = account.clone();
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
                        .accounts()
                        .people()
                        .list_with_response(&account, &params)
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
    #[cfg(feature = "person")]
    /// Creates a new person.
    ///
    /// `POST /v1/accounts/{account}/people`
    pub async fn create(
        &self,
        account: &str,
        body: Option<&models::AccountPeopleCreate2Params>,
    ) -> Result<models::Person, runtime::Error<AccountPeopleCreate2Error>> {
        self.create_with_response(account, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        account: &str,
        body: Option<&models::AccountPeopleCreate2Params>,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPeopleCreate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/people"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}/people", runtime::decode_json)
            .await
    }
    #[cfg(feature = "person")]
    /// Retrieves an existing person.
    ///
    /// `GET /v1/accounts/{account}/people/{person}`
    pub async fn retrieve(
        &self,
        account: &str,
        person: &str,
        params: &AccountPeopleRetrieve2Params,
    ) -> Result<models::Person, runtime::Error<AccountPeopleRetrieve2Error>> {
        self.retrieve_with_response(account, person, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        account: &str,
        person: &str,
        params: &AccountPeopleRetrieve2Params,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPeopleRetrieve2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/people/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/people/{person}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "person")]
    /// Updates an existing person.
    ///
    /// `POST /v1/accounts/{account}/people/{person}`
    pub async fn update(
        &self,
        account: &str,
        person: &str,
        body: Option<&models::AccountPeopleUpdate2Params>,
    ) -> Result<models::Person, runtime::Error<AccountPeopleUpdate2Error>> {
        self.update_with_response(account, person, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        account: &str,
        person: &str,
        body: Option<&models::AccountPeopleUpdate2Params>,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPeopleUpdate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/people/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/people/{person}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "person")]
    /// Deletes an existing person’s relationship to the account’s legal entity. Any person with a relationship for an account can be deleted through the API, except if the person is the `account_opener`. If your integration is using the `executive` parameter, you cannot delete the only verified `executive` on file.
    ///
    /// `DELETE /v1/accounts/{account}/people/{person}`
    pub async fn delete(
        &self,
        account: &str,
        person: &str,
    ) -> Result<models::DeletedPerson, runtime::Error<AccountPeopleDelete2Error>> {
        self.delete_with_response(account, person)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        account: &str,
        person: &str,
    ) -> Result<
        runtime::Response<models::DeletedPerson>,
        runtime::Error<AccountPeopleDelete2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/people/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/people/{person}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::AccountsPersons<'_> {
    #[cfg(feature = "person")]
    /// Returns a list of people associated with the account’s legal entity. The people are returned sorted by creation date, with the most recent people appearing first.
    ///
    /// `GET /v1/accounts/{account}/persons`
    pub async fn list(
        &self,
        account: &str,
        params: &AccountPersonList2Params,
    ) -> Result<
        models::AccountPersonList2Response,
        runtime::Error<AccountPersonList2Error>,
    > {
        self.list_with_response(account, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        account: &str,
        params: &AccountPersonList2Params,
    ) -> Result<
        runtime::Response<models::AccountPersonList2Response>,
        runtime::Error<AccountPersonList2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/persons"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "relationship",
            &params.relationship,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}/persons", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "person")]
    pub fn list_stream(
        &self,
        account: &str,
        params: &AccountPersonList2Params,
    ) -> runtime::Paginator<models::Person, AccountPersonList2Error> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let account = account.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let account = account.clone();
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
                        .accounts()
                        .persons()
                        .list_with_response(&account, &params)
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
    #[cfg(feature = "person")]
    /// Creates a new person.
    ///
    /// `POST /v1/accounts/{account}/persons`
    pub async fn create(
        &self,
        account: &str,
        body: Option<&models::AccountPersonCreate2Params>,
    ) -> Result<models::Person, runtime::Error<AccountPersonCreate2Error>> {
        self.create_with_response(account, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        account: &str,
        body: Option<&models::AccountPersonCreate2Params>,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPersonCreate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/persons"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/accounts/{account}/persons", runtime::decode_json)
            .await
    }
    #[cfg(feature = "person")]
    /// Retrieves an existing person.
    ///
    /// `GET /v1/accounts/{account}/persons/{person}`
    pub async fn retrieve(
        &self,
        account: &str,
        person: &str,
        params: &AccountPersonRetrieve2Params,
    ) -> Result<models::Person, runtime::Error<AccountPersonRetrieve2Error>> {
        self.retrieve_with_response(account, person, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        account: &str,
        person: &str,
        params: &AccountPersonRetrieve2Params,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPersonRetrieve2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/persons/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/persons/{person}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "person")]
    /// Updates an existing person.
    ///
    /// `POST /v1/accounts/{account}/persons/{person}`
    pub async fn update(
        &self,
        account: &str,
        person: &str,
        body: Option<&models::AccountPersonUpdate2Params>,
    ) -> Result<models::Person, runtime::Error<AccountPersonUpdate2Error>> {
        self.update_with_response(account, person, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        account: &str,
        person: &str,
        body: Option<&models::AccountPersonUpdate2Params>,
    ) -> Result<
        runtime::Response<models::Person>,
        runtime::Error<AccountPersonUpdate2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/persons/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/persons/{person}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "person")]
    /// Deletes an existing person’s relationship to the account’s legal entity. Any person with a relationship for an account can be deleted through the API, except if the person is the `account_opener`. If your integration is using the `executive` parameter, you cannot delete the only verified `executive` on file.
    ///
    /// `DELETE /v1/accounts/{account}/persons/{person}`
    pub async fn delete(
        &self,
        account: &str,
        person: &str,
    ) -> Result<models::DeletedPerson, runtime::Error<AccountPersonDelete2Error>> {
        self.delete_with_response(account, person)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "person")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        account: &str,
        person: &str,
    ) -> Result<
        runtime::Response<models::DeletedPerson>,
        runtime::Error<AccountPersonDelete2Error>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/accounts/"),
            runtime::encode_path_segment(account)?,
            std::borrow::Cow::Borrowed("/persons/"),
            runtime::encode_path_segment(person)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(
                request,
                "/v1/accounts/{account}/persons/{person}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::ApplePayDomains<'_> {
    #[cfg(feature = "apple_pay_domain")]
    /// List apple pay domains.
    ///
    /// `GET /v1/apple_pay/domains`
    pub async fn list(
        &self,
        params: &ApplePayDomainListParams,
    ) -> Result<
        models::ApplePayDomainListResponse,
        runtime::Error<ApplePayDomainListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "apple_pay_domain")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &ApplePayDomainListParams,
    ) -> Result<
        runtime::Response<models::ApplePayDomainListResponse>,
        runtime::Error<ApplePayDomainListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/apple_pay/domains")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "domain_name",
            &params.domain_name,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/apple_pay/domains", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "apple_pay_domain")]
    pub fn list_stream(
        &self,
        params: &ApplePayDomainListParams,
    ) -> runtime::Paginator<models::ApplePayDomain, ApplePayDomainListError> {
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
                        .apple_pay()
                        .domains()
                        .list_with_response(&params)
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
    #[cfg(feature = "apple_pay_domain")]
    /// Create an apple pay domain.
    ///
    /// `POST /v1/apple_pay/domains`
    pub async fn create(
        &self,
        body: &models::ApplePayDomainCreateParams,
    ) -> Result<models::ApplePayDomain, runtime::Error<ApplePayDomainCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "apple_pay_domain")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::ApplePayDomainCreateParams,
    ) -> Result<
        runtime::Response<models::ApplePayDomain>,
        runtime::Error<ApplePayDomainCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/apple_pay/domains")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/apple_pay/domains", runtime::decode_json)
            .await
    }
    #[cfg(feature = "apple_pay_domain")]
    /// Retrieve an apple pay domain.
    ///
    /// `GET /v1/apple_pay/domains/{domain}`
    pub async fn retrieve(
        &self,
        domain: &str,
        params: &ApplePayDomainRetrieveParams,
    ) -> Result<models::ApplePayDomain, runtime::Error<ApplePayDomainRetrieveError>> {
        self.retrieve_with_response(domain, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "apple_pay_domain")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        domain: &str,
        params: &ApplePayDomainRetrieveParams,
    ) -> Result<
        runtime::Response<models::ApplePayDomain>,
        runtime::Error<ApplePayDomainRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/apple_pay/domains/"),
            runtime::encode_path_segment(domain)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/apple_pay/domains/{domain}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "apple_pay_domain")]
    /// Delete an apple pay domain.
    ///
    /// `DELETE /v1/apple_pay/domains/{domain}`
    pub async fn delete(
        &self,
        domain: &str,
    ) -> Result<
        models::DeletedApplePayDomain,
        runtime::Error<ApplePayDomainDeleteError>,
    > {
        self.delete_with_response(domain).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "apple_pay_domain")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        domain: &str,
    ) -> Result<
        runtime::Response<models::DeletedApplePayDomain>,
        runtime::Error<ApplePayDomainDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/apple_pay/domains/"),
            runtime::encode_path_segment(domain)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/apple_pay/domains/{domain}", runtime::decode_json)
            .await
    }
}
impl crate::resources::ApplicationFees<'_> {
    #[cfg(feature = "application_fee")]
    /// Returns a list of application fees you’ve previously collected. The application fees are returned in sorted order, with the most recent fees appearing first.
    ///
    /// `GET /v1/application_fees`
    pub async fn list(
        &self,
        params: &ApplicationFeeListParams,
    ) -> Result<
        models::ApplicationFeeListResponse,
        runtime::Error<ApplicationFeeListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "application_fee")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &ApplicationFeeListParams,
    ) -> Result<
        runtime::Response<models::ApplicationFeeListResponse>,
        runtime::Error<ApplicationFeeListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/application_fees")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "charge",
            &params.charge,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/application_fees", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "application_fee")]
    pub fn list_stream(
        &self,
        params: &ApplicationFeeListParams,
    ) -> runtime::Paginator<models::ApplicationFee, ApplicationFeeListError> {
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
                        .application_fees()
                        .list_with_response(&params)
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
    #[cfg(feature = "application_fee")]
    /// Retrieves the details of an application fee that your account has collected. The same information is returned when refunding the application fee.
    ///
    /// `GET /v1/application_fees/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &ApplicationFeeRetrieveParams,
    ) -> Result<models::ApplicationFee, runtime::Error<ApplicationFeeRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "application_fee")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &ApplicationFeeRetrieveParams,
    ) -> Result<
        runtime::Response<models::ApplicationFee>,
        runtime::Error<ApplicationFeeRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/application_fees/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/application_fees/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "application_fee")]
    /// `POST /v1/application_fees/{id}/refund`
    pub async fn refund(
        &self,
        id: &str,
        body: Option<&models::ApplicationFeeRefundParams>,
    ) -> Result<models::ApplicationFee, runtime::Error<ApplicationFeeRefundError>> {
        self.refund_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "application_fee")]
    /// Like [`refund`](Self::refund), with the response's status, headers and request id.
    pub async fn refund_with_response(
        &self,
        id: &str,
        body: Option<&models::ApplicationFeeRefundParams>,
    ) -> Result<
        runtime::Response<models::ApplicationFee>,
        runtime::Error<ApplicationFeeRefundError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/application_fees/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/refund"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/application_fees/{id}/refund", runtime::decode_json)
            .await
    }
}
impl crate::resources::ApplicationFeesRefunds<'_> {
    #[cfg(feature = "fee_refund")]
    /// By default, you can see the 10 most recent refunds stored directly on the application fee object, but you can also retrieve details about a specific refund stored on the application fee.
    ///
    /// `GET /v1/application_fees/{fee}/refunds/{id}`
    pub async fn retrieve(
        &self,
        fee: &str,
        id: &str,
        params: &ApplicationFeeRefundRetrieveParams,
    ) -> Result<models::FeeRefund, runtime::Error<ApplicationFeeRefundRetrieveError>> {
        self.retrieve_with_response(fee, id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "fee_refund")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        fee: &str,
        id: &str,
        params: &ApplicationFeeRefundRetrieveParams,
    ) -> Result<
        runtime::Response<models::FeeRefund>,
        runtime::Error<ApplicationFeeRefundRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/application_fees/"),
            runtime::encode_path_segment(fee)?,
            std::borrow::Cow::Borrowed("/refunds/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/application_fees/{fee}/refunds/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "fee_refund")]
    /// Updates the specified application fee refund by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// This request only accepts metadata as an argument.
    ///
    /// `POST /v1/application_fees/{fee}/refunds/{id}`
    pub async fn update(
        &self,
        fee: &str,
        id: &str,
        body: Option<&models::ApplicationFeeRefundUpdateParams>,
    ) -> Result<models::FeeRefund, runtime::Error<ApplicationFeeRefundUpdateError>> {
        self.update_with_response(fee, id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "fee_refund")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        fee: &str,
        id: &str,
        body: Option<&models::ApplicationFeeRefundUpdateParams>,
    ) -> Result<
        runtime::Response<models::FeeRefund>,
        runtime::Error<ApplicationFeeRefundUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/application_fees/"),
            runtime::encode_path_segment(fee)?,
            std::borrow::Cow::Borrowed("/refunds/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/application_fees/{fee}/refunds/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "fee_refund")]
    /// You can see a list of the refunds belonging to a specific application fee. Note that the 10 most recent refunds are always available by default on the application fee object. If you need more than those 10, you can use this API method and the `limit` and `starting_after` parameters to page through additional refunds.
    ///
    /// `GET /v1/application_fees/{id}/refunds`
    pub async fn list(
        &self,
        id: &str,
        params: &ApplicationFeeRefundListParams,
    ) -> Result<
        models::ApplicationFeeRefundListResponse,
        runtime::Error<ApplicationFeeRefundListError>,
    > {
        self.list_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "fee_refund")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        id: &str,
        params: &ApplicationFeeRefundListParams,
    ) -> Result<
        runtime::Response<models::ApplicationFeeRefundListResponse>,
        runtime::Error<ApplicationFeeRefundListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/application_fees/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/refunds"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/application_fees/{id}/refunds", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "fee_refund")]
    pub fn list_stream(
        &self,
        id: &str,
        params: &ApplicationFeeRefundListParams,
    ) -> runtime::Paginator<models::FeeRefund, ApplicationFeeRefundListError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let id = id.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let id = id.clone();
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
                        .application_fees()
                        .refunds()
                        .list_with_response(&id, &params)
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
    #[cfg(feature = "fee_refund")]
    /// Refunds an application fee that has previously been collected but not yet refunded.
    /// Funds will be refunded to the Stripe account from which the fee was originally collected.
    ///
    /// You can optionally refund only part of an application fee.
    /// You can do so multiple times, until the entire fee has been refunded.
    ///
    /// Once entirely refunded, an application fee can’t be refunded again.
    /// This method will raise an error when called on an already-refunded application fee,
    /// or when trying to refund more money than is left on an application fee.
    ///
    /// `POST /v1/application_fees/{id}/refunds`
    pub async fn create(
        &self,
        id: &str,
        body: Option<&models::ApplicationFeeRefundCreateParams>,
    ) -> Result<models::FeeRefund, runtime::Error<ApplicationFeeRefundCreateError>> {
        self.create_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "fee_refund")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        id: &str,
        body: Option<&models::ApplicationFeeRefundCreateParams>,
    ) -> Result<
        runtime::Response<models::FeeRefund>,
        runtime::Error<ApplicationFeeRefundCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/application_fees/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/refunds"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/application_fees/{id}/refunds", runtime::decode_json)
            .await
    }
}
impl crate::resources::Balance<'_> {
    #[cfg(feature = "balance")]
    /// Retrieves the current account balance, based on the authentication that was used to make the request.
    /// For a sample request, see Accounting for negative balances.
    ///
    /// `GET /v1/balance`
    pub async fn retrieve(
        &self,
        params: &BalanceParams,
    ) -> Result<models::Balance, runtime::Error<BalanceError>> {
        self.retrieve_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "balance")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        params: &BalanceParams,
    ) -> Result<runtime::Response<models::Balance>, runtime::Error<BalanceError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/balance")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/balance", runtime::decode_json).await
    }
}
impl crate::resources::BalanceHistory<'_> {
    #[cfg(feature = "balance_transaction")]
    /// Returns a list of transactions that have contributed to the Stripe account balance (e.g., charges, transfers, and so forth). The transactions are returned in sorted order, with the most recent transactions appearing first.
    ///
    /// Note that this endpoint was previously called “Balance history” and used the path `/v1/balance/history`.
    ///
    /// `GET /v1/balance/history`
    pub async fn list(
        &self,
        params: &BalanceHistoryListParams,
    ) -> Result<
        models::BalanceHistoryListResponse,
        runtime::Error<BalanceHistoryListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "balance_transaction")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &BalanceHistoryListParams,
    ) -> Result<
        runtime::Response<models::BalanceHistoryListResponse>,
        runtime::Error<BalanceHistoryListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/balance/history")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "currency",
            &params.currency,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payout",
            &params.payout,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "source",
            &params.source,
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
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/balance/history", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "balance_transaction")]
    pub fn list_stream(
        &self,
        params: &BalanceHistoryListParams,
    ) -> runtime::Paginator<models::BalanceTransaction, BalanceHistoryListError> {
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
                        .balance()
                        .history()
                        .list_with_response(&params)
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
    #[cfg(feature = "balance_transaction")]
    /// Retrieves the balance transaction with the given ID.
    ///
    /// Note that this endpoint previously used the path `/v1/balance/history/:id`.
    ///
    /// `GET /v1/balance/history/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &BalanceHistoryRetrieveParams,
    ) -> Result<
        models::BalanceTransaction,
        runtime::Error<BalanceHistoryRetrieveError>,
    > {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "balance_transaction")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &BalanceHistoryRetrieveParams,
    ) -> Result<
        runtime::Response<models::BalanceTransaction>,
        runtime::Error<BalanceHistoryRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/balance/history/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/balance/history/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::BalanceTransactions<'_> {
    #[cfg(feature = "balance_transaction")]
    /// Returns a list of transactions that have contributed to the Stripe account balance (e.g., charges, transfers, and so forth). The transactions are returned in sorted order, with the most recent transactions appearing first.
    ///
    /// Note that this endpoint was previously called “Balance history” and used the path `/v1/balance/history`.
    ///
    /// `GET /v1/balance_transactions`
    pub async fn list(
        &self,
        params: &BalanceTransactionListParams,
    ) -> Result<
        models::BalanceTransactionListResponse,
        runtime::Error<BalanceTransactionListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "balance_transaction")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &BalanceTransactionListParams,
    ) -> Result<
        runtime::Response<models::BalanceTransactionListResponse>,
        runtime::Error<BalanceTransactionListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/balance_transactions")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "currency",
            &params.currency,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payout",
            &params.payout,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "source",
            &params.source,
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
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/balance_transactions", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "balance_transaction")]
    pub fn list_stream(
        &self,
        params: &BalanceTransactionListParams,
    ) -> runtime::Paginator<models::BalanceTransaction, BalanceTransactionListError> {
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
                        .balance_transactions()
                        .list_with_response(&params)
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
    #[cfg(feature = "balance_transaction")]
    /// Retrieves the balance transaction with the given ID.
    ///
    /// Note that this endpoint previously used the path `/v1/balance/history/:id`.
    ///
    /// `GET /v1/balance_transactions/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &BalanceTransactionRetrieveParams,
    ) -> Result<
        models::BalanceTransaction,
        runtime::Error<BalanceTransactionRetrieveError>,
    > {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "balance_transaction")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &BalanceTransactionRetrieveParams,
    ) -> Result<
        runtime::Response<models::BalanceTransaction>,
        runtime::Error<BalanceTransactionRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/balance_transactions/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/balance_transactions/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::BillingPortalConfigurations<'_> {
    #[cfg(feature = "billing_portal_configuration")]
    /// Returns a list of configurations that describe the functionality of the customer portal.
    ///
    /// `GET /v1/billing_portal/configurations`
    pub async fn list(
        &self,
        params: &BillingPortalConfigurationListParams,
    ) -> Result<
        models::BillingPortalConfigurationListResponse,
        runtime::Error<BillingPortalConfigurationListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "billing_portal_configuration")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &BillingPortalConfigurationListParams,
    ) -> Result<
        runtime::Response<models::BillingPortalConfigurationListResponse>,
        runtime::Error<BillingPortalConfigurationListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/billing_portal/configurations")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "is_default",
            &params.is_default,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/billing_portal/configurations", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "billing_portal_configuration")]
    pub fn list_stream(
        &self,
        params: &BillingPortalConfigurationListParams,
    ) -> runtime::Paginator<
        models::BillingPortalConfiguration,
        BillingPortalConfigurationListError,
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
                        .billing_portal()
                        .configurations()
                        .list_with_response(&params)
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
    #[cfg(feature = "billing_portal_configuration")]
    /// Creates a configuration that describes the functionality and behavior of a PortalSession
    ///
    /// `POST /v1/billing_portal/configurations`
    pub async fn create(
        &self,
        body: &models::BillingPortalConfigurationCreateParams,
    ) -> Result<
        models::BillingPortalConfiguration,
        runtime::Error<BillingPortalConfigurationCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "billing_portal_configuration")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::BillingPortalConfigurationCreateParams,
    ) -> Result<
        runtime::Response<models::BillingPortalConfiguration>,
        runtime::Error<BillingPortalConfigurationCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/billing_portal/configurations")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/billing_portal/configurations", runtime::decode_json)
            .await
    }
    #[cfg(feature = "billing_portal_configuration")]
    /// Retrieves a configuration that describes the functionality of the customer portal.
    ///
    /// `GET /v1/billing_portal/configurations/{configuration}`
    pub async fn retrieve(
        &self,
        configuration: &str,
        params: &BillingPortalConfigurationRetrieveParams,
    ) -> Result<
        models::BillingPortalConfiguration,
        runtime::Error<BillingPortalConfigurationRetrieveError>,
    > {
        self.retrieve_with_response(configuration, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "billing_portal_configuration")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        configuration: &str,
        params: &BillingPortalConfigurationRetrieveParams,
    ) -> Result<
        runtime::Response<models::BillingPortalConfiguration>,
        runtime::Error<BillingPortalConfigurationRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/billing_portal/configurations/"),
            runtime::encode_path_segment(configuration)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/billing_portal/configurations/{configuration}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "billing_portal_configuration")]
    /// Updates a configuration that describes the functionality of the customer portal.
    ///
    /// `POST /v1/billing_portal/configurations/{configuration}`
    pub async fn update(
        &self,
        configuration: &str,
        body: Option<&models::BillingPortalConfigurationUpdateParams>,
    ) -> Result<
        models::BillingPortalConfiguration,
        runtime::Error<BillingPortalConfigurationUpdateError>,
    > {
        self.update_with_response(configuration, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "billing_portal_configuration")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        configuration: &str,
        body: Option<&models::BillingPortalConfigurationUpdateParams>,
    ) -> Result<
        runtime::Response<models::BillingPortalConfiguration>,
        runtime::Error<BillingPortalConfigurationUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/billing_portal/configurations/"),
            runtime::encode_path_segment(configuration)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/billing_portal/configurations/{configuration}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::BillingPortalSessions<'_> {
    #[cfg(feature = "billing_portal_session")]
    /// Creates a session of the customer portal.
    ///
    /// `POST /v1/billing_portal/sessions`
    pub async fn create(
        &self,
        body: &models::BillingPortalSessionCreateParams,
    ) -> Result<
        models::BillingPortalSession,
        runtime::Error<BillingPortalSessionCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "billing_portal_session")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::BillingPortalSessionCreateParams,
    ) -> Result<
        runtime::Response<models::BillingPortalSession>,
        runtime::Error<BillingPortalSessionCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/billing_portal/sessions")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/billing_portal/sessions", runtime::decode_json)
            .await
    }
}
impl crate::resources::BitcoinReceivers<'_> {
    #[cfg(feature = "bitcoin_receiver")]
    /// Returns a list of your receivers. Receivers are returned sorted by creation date, with the most recently created receivers appearing first.
    ///
    /// `GET /v1/bitcoin/receivers`
    pub async fn list(
        &self,
        params: &BitcoinReceiverListParams,
    ) -> Result<
        models::BitcoinReceiverListResponse,
        runtime::Error<BitcoinReceiverListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "bitcoin_receiver")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &BitcoinReceiverListParams,
    ) -> Result<
        runtime::Response<models::BitcoinReceiverListResponse>,
        runtime::Error<BitcoinReceiverListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/bitcoin/receivers")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "filled",
            &params.filled,
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
            "uncaptured_funds",
            &params.uncaptured_funds,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/bitcoin/receivers", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "bitcoin_receiver")]
    pub fn list_stream(
        &self,
        params: &BitcoinReceiverListParams,
    ) -> runtime::Paginator<models::BitcoinReceiver, BitcoinReceiverListError> {
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
                        .bitcoin()
                        .receivers()
                        .list_with_response(&params)
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
    #[cfg(feature = "bitcoin_receiver")]
    /// Retrieves the Bitcoin receiver with the given ID.
    ///
    /// `GET /v1/bitcoin/receivers/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &BitcoinReceiverRetrieveParams,
    ) -> Result<models::BitcoinReceiver, runtime::Error<BitcoinReceiverRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "bitcoin_receiver")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &BitcoinReceiverRetrieveParams,
    ) -> Result<
        runtime::Response<models::BitcoinReceiver>,
        runtime::Error<BitcoinReceiverRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/bitcoin/receivers/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/bitcoin/receivers/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "bitcoin_transaction")]
    /// List bitcoin transacitons for a given receiver.
    ///
    /// `GET /v1/bitcoin/receivers/{receiver}/transactions`
    pub async fn transactions(
        &self,
        receiver: &str,
        params: &BitcoinReceiverTransactionsParams,
    ) -> Result<
        models::BitcoinReceiverTransactionsResponse,
        runtime::Error<BitcoinReceiverTransactionsError>,
    > {
        self.transactions_with_response(receiver, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "bitcoin_transaction")]
    /// Like [`transactions`](Self::transactions), with the response's status, headers and request id.
    pub async fn transactions_with_response(
        &self,
        receiver: &str,
        params: &BitcoinReceiverTransactionsParams,
    ) -> Result<
        runtime::Response<models::BitcoinReceiverTransactionsResponse>,
        runtime::Error<BitcoinReceiverTransactionsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/bitcoin/receivers/"),
            runtime::encode_path_segment(receiver)?,
            std::borrow::Cow::Borrowed("/transactions"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/bitcoin/receivers/{receiver}/transactions",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`transactions`](Self::transactions), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "bitcoin_transaction")]
    pub fn transactions_stream(
        &self,
        receiver: &str,
        params: &BitcoinReceiverTransactionsParams,
    ) -> runtime::Paginator<
        models::BitcoinTransaction,
        BitcoinReceiverTransactionsError,
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
        let receiver = receiver.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let receiver = receiver.clone();
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
                        .bitcoin()
                        .receivers()
                        .transactions_with_response(&receiver, &params)
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
impl crate::resources::BitcoinTransactions<'_> {
    #[cfg(feature = "bitcoin_transaction")]
    /// List bitcoin transacitons for a given receiver.
    ///
    /// `GET /v1/bitcoin/transactions`
    pub async fn list(
        &self,
        params: &BitcoinTransactionParams,
    ) -> Result<
        models::BitcoinTransactionResponse,
        runtime::Error<BitcoinTransactionError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "bitcoin_transaction")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &BitcoinTransactionParams,
    ) -> Result<
        runtime::Response<models::BitcoinTransactionResponse>,
        runtime::Error<BitcoinTransactionError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/bitcoin/transactions")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "receiver",
            &params.receiver,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/bitcoin/transactions", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "bitcoin_transaction")]
    pub fn list_stream(
        &self,
        params: &BitcoinTransactionParams,
    ) -> runtime::Paginator<models::BitcoinTransaction, BitcoinTransactionError> {
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
                        .bitcoin()
                        .transactions()
                        .list_with_response(&params)
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
impl crate::resources::Charges<'_> {
    #[cfg(feature = "charge")]
    /// Returns a list of charges you’ve previously created. The charges are returned in sorted order, with the most recent charges appearing first.
    ///
    /// `GET /v1/charges`
    pub async fn list(
        &self,
        params: &ChargeListParams,
    ) -> Result<models::ChargeListResponse, runtime::Error<ChargeListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "charge")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &ChargeListParams,
    ) -> Result<
        runtime::Response<models::ChargeListResponse>,
        runtime::Error<ChargeListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/charges")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payment_intent",
            &params.payment_intent,
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
            "transfer_group",
            &params.transfer_group,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/charges", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "charge")]
    pub fn list_stream(
        &self,
        params: &ChargeListParams,
    ) -> runtime::Paginator<models::Charge, ChargeListError> {
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
                    let response = client.charges().list_with_response(&params).await?;
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
    #[cfg(feature = "charge")]
    /// To charge a credit card or other payment source, you create a `Charge` object. If your API key is in test mode, the supplied payment source (e.g., card) won’t actually be charged, although everything else will occur as if in live mode. (Stripe assumes that the charge would have completed successfully).
    ///
    /// `POST /v1/charges`
    pub async fn create(
        &self,
        body: Option<&models::ChargeCreateParams>,
    ) -> Result<models::Charge, runtime::Error<ChargeCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "charge")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::ChargeCreateParams>,
    ) -> Result<runtime::Response<models::Charge>, runtime::Error<ChargeCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/charges")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client.transport.execute(request, "/v1/charges", runtime::decode_json).await
    }
    #[cfg(feature = "charge")]
    /// Retrieves the details of a charge that has previously been created. Supply the unique charge ID that was returned from your previous request, and Stripe will return the corresponding charge information. The same information is returned when creating or refunding the charge.
    ///
    /// `GET /v1/charges/{charge}`
    pub async fn retrieve(
        &self,
        charge: &str,
        params: &ChargeRetrieveParams,
    ) -> Result<models::Charge, runtime::Error<ChargeRetrieveError>> {
        self.retrieve_with_response(charge, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "charge")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        charge: &str,
        params: &ChargeRetrieveParams,
    ) -> Result<runtime::Response<models::Charge>, runtime::Error<ChargeRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "charge")]
    /// Updates the specified charge by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/charges/{charge}`
    pub async fn update(
        &self,
        charge: &str,
        body: Option<&models::ChargeUpdateParams>,
    ) -> Result<models::Charge, runtime::Error<ChargeUpdateError>> {
        self.update_with_response(charge, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "charge")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        charge: &str,
        body: Option<&models::ChargeUpdateParams>,
    ) -> Result<runtime::Response<models::Charge>, runtime::Error<ChargeUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "charge")]
    /// Capture the payment of an existing, uncaptured, charge. This is the second half of the two-step payment flow, where first you created a charge with the capture option set to false.
    ///
    /// Uncaptured payments expire exactly seven days after they are created. If they are not captured by that point in time, they will be marked as refunded and will no longer be capturable.
    ///
    /// `POST /v1/charges/{charge}/capture`
    pub async fn capture(
        &self,
        charge: &str,
        body: Option<&models::ChargeCaptureParams>,
    ) -> Result<models::Charge, runtime::Error<ChargeCaptureError>> {
        self.capture_with_response(charge, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "charge")]
    /// Like [`capture`](Self::capture), with the response's status, headers and request id.
    pub async fn capture_with_response(
        &self,
        charge: &str,
        body: Option<&models::ChargeCaptureParams>,
    ) -> Result<runtime::Response<models::Charge>, runtime::Error<ChargeCaptureError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/capture"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}/capture", runtime::decode_json)
            .await
    }
    #[cfg(feature = "charge")]
    /// When you create a new refund, you must specify a Charge or a PaymentIntent object on which to create it.
    ///
    /// Creating a new refund will refund a charge that has previously been created but not yet refunded.
    /// Funds will be refunded to the credit or debit card that was originally charged.
    ///
    /// You can optionally refund only part of a charge.
    /// You can do so multiple times, until the entire charge has been refunded.
    ///
    /// Once entirely refunded, a charge can’t be refunded again.
    /// This method will raise an error when called on an already-refunded charge,
    /// or when trying to refund more money than is left on a charge.
    ///
    /// `POST /v1/charges/{charge}/refund`
    pub async fn refund(
        &self,
        charge: &str,
        body: Option<&models::ChargeRefundParams>,
    ) -> Result<models::Charge, runtime::Error<ChargeRefundError>> {
        self.refund_with_response(charge, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "charge")]
    /// Like [`refund`](Self::refund), with the response's status, headers and request id.
    pub async fn refund_with_response(
        &self,
        charge: &str,
        body: Option<&models::ChargeRefundParams>,
    ) -> Result<runtime::Response<models::Charge>, runtime::Error<ChargeRefundError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/refund"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}/refund", runtime::decode_json)
            .await
    }
}
impl crate::resources::ChargesDispute<'_> {
    #[cfg(feature = "dispute")]
    /// Retrieve a dispute for a specified charge.
    ///
    /// `GET /v1/charges/{charge}/dispute`
    pub async fn retrieve(
        &self,
        charge: &str,
        params: &ChargeDisputeParams,
    ) -> Result<models::Dispute, runtime::Error<ChargeDisputeError>> {
        self.retrieve_with_response(charge, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "dispute")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        charge: &str,
        params: &ChargeDisputeParams,
    ) -> Result<runtime::Response<models::Dispute>, runtime::Error<ChargeDisputeError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/dispute"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}/dispute", runtime::decode_json)
            .await
    }
    #[cfg(feature = "dispute")]
    /// `POST /v1/charges/{charge}/dispute`
    pub async fn update(
        &self,
        charge: &str,
        body: Option<&models::ChargeDisputeUpdateParams>,
    ) -> Result<models::Dispute, runtime::Error<ChargeDisputeUpdateError>> {
        self.update_with_response(charge, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "dispute")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        charge: &str,
        body: Option<&models::ChargeDisputeUpdateParams>,
    ) -> Result<
        runtime::Response<models::Dispute>,
        runtime::Error<ChargeDisputeUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/dispute"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}/dispute", runtime::decode_json)
            .await
    }
    #[cfg(feature = "dispute")]
    /// `POST /v1/charges/{charge}/dispute/close`
    pub async fn close(
        &self,
        charge: &str,
        body: Option<&models::ChargeDisputeCloseParams>,
    ) -> Result<models::Dispute, runtime::Error<ChargeDisputeCloseError>> {
        self.close_with_response(charge, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "dispute")]
    /// Like [`close`](Self::close), with the response's status, headers and request id.
    pub async fn close_with_response(
        &self,
        charge: &str,
        body: Option<&models::ChargeDisputeCloseParams>,
    ) -> Result<
        runtime::Response<models::Dispute>,
        runtime::Error<ChargeDisputeCloseError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/dispute/close"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}/dispute/close", runtime::decode_json)
            .await
    }
}
impl crate::resources::ChargesRefunds<'_> {
    #[cfg(feature = "refund")]
    /// You can see a list of the refunds belonging to a specific charge. Note that the 10 most recent refunds are always available by default on the charge object. If you need more than those 10, you can use this API method and the `limit` and `starting_after` parameters to page through additional refunds.
    ///
    /// `GET /v1/charges/{charge}/refunds`
    pub async fn list(
        &self,
        charge: &str,
        params: &ChargeRefundListParams,
    ) -> Result<
        models::ChargeRefundListResponse,
        runtime::Error<ChargeRefundListError>,
    > {
        self.list_with_response(charge, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "refund")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        charge: &str,
        params: &ChargeRefundListParams,
    ) -> Result<
        runtime::Response<models::ChargeRefundListResponse>,
        runtime::Error<ChargeRefundListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/refunds"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}/refunds", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "refund")]
    pub fn list_stream(
        &self,
        charge: &str,
        params: &ChargeRefundListParams,
    ) -> runtime::Paginator<models::Refund, ChargeRefundListError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let charge = charge.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let charge = charge.clone();
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
                        .charges()
                        .refunds()
                        .list_with_response(&charge, &params)
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
    #[cfg(feature = "refund")]
    /// Create a refund.
    ///
    /// `POST /v1/charges/{charge}/refunds`
    pub async fn create(
        &self,
        charge: &str,
        body: Option<&models::ChargeRefundCreateParams>,
    ) -> Result<models::Refund, runtime::Error<ChargeRefundCreateError>> {
        self.create_with_response(charge, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "refund")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        charge: &str,
        body: Option<&models::ChargeRefundCreateParams>,
    ) -> Result<
        runtime::Response<models::Refund>,
        runtime::Error<ChargeRefundCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/refunds"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/charges/{charge}/refunds", runtime::decode_json)
            .await
    }
    #[cfg(feature = "refund")]
    /// Retrieves the details of an existing refund.
    ///
    /// `GET /v1/charges/{charge}/refunds/{refund}`
    pub async fn retrieve(
        &self,
        charge: &str,
        refund: &str,
        params: &ChargeRefundRetrieveParams,
    ) -> Result<models::Refund, runtime::Error<ChargeRefundRetrieveError>> {
        self.retrieve_with_response(charge, refund, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "refund")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        charge: &str,
        refund: &str,
        params: &ChargeRefundRetrieveParams,
    ) -> Result<
        runtime::Response<models::Refund>,
        runtime::Error<ChargeRefundRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/refunds/"),
            runtime::encode_path_segment(refund)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/charges/{charge}/refunds/{refund}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "refund")]
    /// Update a specified refund.
    ///
    /// `POST /v1/charges/{charge}/refunds/{refund}`
    pub async fn update(
        &self,
        charge: &str,
        refund: &str,
        body: Option<&models::ChargeRefundUpdateParams>,
    ) -> Result<models::Refund, runtime::Error<ChargeRefundUpdateError>> {
        self.update_with_response(charge, refund, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "refund")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        charge: &str,
        refund: &str,
        body: Option<&models::ChargeRefundUpdateParams>,
    ) -> Result<
        runtime::Response<models::Refund>,
        runtime::Error<ChargeRefundUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/charges/"),
            runtime::encode_path_segment(charge)?,
            std::borrow::Cow::Borrowed("/refunds/"),
            runtime::encode_path_segment(refund)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/charges/{charge}/refunds/{refund}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::CheckoutSessions<'_> {
    #[cfg(feature = "checkout_session")]
    /// Returns a list of Checkout Sessions.
    ///
    /// `GET /v1/checkout/sessions`
    pub async fn list(
        &self,
        params: &CheckoutSessionListParams,
    ) -> Result<
        models::CheckoutSessionListResponse,
        runtime::Error<CheckoutSessionListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "checkout_session")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &CheckoutSessionListParams,
    ) -> Result<
        runtime::Response<models::CheckoutSessionListResponse>,
        runtime::Error<CheckoutSessionListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/checkout/sessions")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payment_intent",
            &params.payment_intent,
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
            "subscription",
            &params.subscription,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/checkout/sessions", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "checkout_session")]
    pub fn list_stream(
        &self,
        params: &CheckoutSessionListParams,
    ) -> runtime::Paginator<models::CheckoutSession, CheckoutSessionListError> {
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
                        .checkout()
                        .sessions()
                        .list_with_response(&params)
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
    #[cfg(feature = "checkout_session")]
    /// Creates a Session object.
    ///
    /// `POST /v1/checkout/sessions`
    pub async fn create(
        &self,
        body: &models::CheckoutSessionCreateParams,
    ) -> Result<models::CheckoutSession, runtime::Error<CheckoutSessionCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "checkout_session")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::CheckoutSessionCreateParams,
    ) -> Result<
        runtime::Response<models::CheckoutSession>,
        runtime::Error<CheckoutSessionCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/checkout/sessions")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/checkout/sessions", runtime::decode_json)
            .await
    }
    #[cfg(feature = "checkout_session")]
    /// Retrieves a Session object.
    ///
    /// `GET /v1/checkout/sessions/{session}`
    pub async fn retrieve(
        &self,
        session: &str,
        params: &CheckoutSessionRetrieveParams,
    ) -> Result<models::CheckoutSession, runtime::Error<CheckoutSessionRetrieveError>> {
        self.retrieve_with_response(session, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "checkout_session")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        session: &str,
        params: &CheckoutSessionRetrieveParams,
    ) -> Result<
        runtime::Response<models::CheckoutSession>,
        runtime::Error<CheckoutSessionRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/checkout/sessions/"),
            runtime::encode_path_segment(session)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/checkout/sessions/{session}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "item")]
    /// When retrieving a Checkout Session, there is an includable **line_items** property containing the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.
    ///
    /// `GET /v1/checkout/sessions/{session}/line_items`
    pub async fn line_items(
        &self,
        session: &str,
        params: &CheckoutSessionLineItemsParams,
    ) -> Result<
        models::CheckoutSessionLineItemsResponse,
        runtime::Error<CheckoutSessionLineItemsError>,
    > {
        self.line_items_with_response(session, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "item")]
    /// Like [`line_items`](Self::line_items), with the response's status, headers and request id.
    pub async fn line_items_with_response(
        &self,
        session: &str,
        params: &CheckoutSessionLineItemsParams,
    ) -> Result<
        runtime::Response<models::CheckoutSessionLineItemsResponse>,
        runtime::Error<CheckoutSessionLineItemsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/checkout/sessions/"),
            runtime::encode_path_segment(session)?,
            std::borrow::Cow::Borrowed("/line_items"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/checkout/sessions/{session}/line_items",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`line_items`](Self::line_items), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "item")]
    pub fn line_items_stream(
        &self,
        session: &str,
        params: &CheckoutSessionLineItemsParams,
    ) -> runtime::Paginator<models::Item, CheckoutSessionLineItemsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let session = session.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let session = session.clone();
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
                        .checkout()
                        .sessions()
                        .line_items_with_response(&session, &params)
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
impl crate::resources::CountrySpecs<'_> {
    #[cfg(feature = "country_spec")]
    /// Lists all Country Spec objects available in the API.
    ///
    /// `GET /v1/country_specs`
    pub async fn list(
        &self,
        params: &CountrySpecListParams,
    ) -> Result<models::CountrySpecListResponse, runtime::Error<CountrySpecListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "country_spec")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &CountrySpecListParams,
    ) -> Result<
        runtime::Response<models::CountrySpecListResponse>,
        runtime::Error<CountrySpecListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/country_specs")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/country_specs", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "country_spec")]
    pub fn list_stream(
        &self,
        params: &CountrySpecListParams,
    ) -> runtime::Paginator<models::CountrySpec, CountrySpecListError> {
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
                        .country_specs()
                        .list_with_response(&params)
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
    #[cfg(feature = "country_spec")]
    /// Returns a Country Spec for a given Country code.
    ///
    /// `GET /v1/country_specs/{country}`
    pub async fn retrieve(
        &self,
        country: &str,
        params: &CountrySpecRetrieveParams,
    ) -> Result<models::CountrySpec, runtime::Error<CountrySpecRetrieveError>> {
        self.retrieve_with_response(country, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "country_spec")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        country: &str,
        params: &CountrySpecRetrieveParams,
    ) -> Result<
        runtime::Response<models::CountrySpec>,
        runtime::Error<CountrySpecRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/country_specs/"),
            runtime::encode_path_segment(country)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/country_specs/{country}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Coupons<'_> {
    #[cfg(feature = "coupon")]
    /// Returns a list of your coupons.
    ///
    /// `GET /v1/coupons`
    pub async fn list(
        &self,
        params: &CouponListParams,
    ) -> Result<models::CouponListResponse, runtime::Error<CouponListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "coupon")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &CouponListParams,
    ) -> Result<
        runtime::Response<models::CouponListResponse>,
        runtime::Error<CouponListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/coupons")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/coupons", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "coupon")]
    pub fn list_stream(
        &self,
        params: &CouponListParams,
    ) -> runtime::Paginator<models::Coupon, CouponListError> {
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
                    let response = client.coupons().list_with_response(&params).await?;
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
    #[cfg(feature = "coupon")]
    /// You can create coupons easily via the [coupon management](https://dashboard.stripe.com/coupons) page of the Stripe dashboard. Coupon creation is also accessible via the API if you need to create coupons on the fly.
    ///
    /// A coupon has either a `percent_off` or an `amount_off` and `currency`. If you set an `amount_off`, that amount will be subtracted from any invoice’s subtotal. For example, an invoice with a subtotal of &lt;currency&gt;100&lt;/currency&gt; will have a final total of &lt;currency&gt;0&lt;/currency&gt; if a coupon with an `amount_off` of &lt;amount&gt;200&lt;/amount&gt; is applied to it and an invoice with a subtotal of &lt;currency&gt;300&lt;/currency&gt; will have a final total of &lt;currency&gt;100&lt;/currency&gt; if a coupon with an `amount_off` of &lt;amount&gt;200&lt;/amount&gt; is applied to it.
    ///
    /// `POST /v1/coupons`
    pub async fn create(
        &self,
        body: Option<&models::CouponCreateParams>,
    ) -> Result<models::Coupon, runtime::Error<CouponCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "coupon")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::CouponCreateParams>,
    ) -> Result<runtime::Response<models::Coupon>, runtime::Error<CouponCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/coupons")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client.transport.execute(request, "/v1/coupons", runtime::decode_json).await
    }
    #[cfg(feature = "coupon")]
    /// Retrieves the coupon with the given ID.
    ///
    /// `GET /v1/coupons/{coupon}`
    pub async fn retrieve(
        &self,
        coupon: &str,
        params: &CouponRetrieveParams,
    ) -> Result<models::Coupon, runtime::Error<CouponRetrieveError>> {
        self.retrieve_with_response(coupon, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "coupon")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        coupon: &str,
        params: &CouponRetrieveParams,
    ) -> Result<runtime::Response<models::Coupon>, runtime::Error<CouponRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/coupons/"),
            runtime::encode_path_segment(coupon)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/coupons/{coupon}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "coupon")]
    /// Updates the metadata of a coupon. Other coupon details (currency, duration, amount_off) are, by design, not editable.
    ///
    /// `POST /v1/coupons/{coupon}`
    pub async fn update(
        &self,
        coupon: &str,
        body: Option<&models::CouponUpdateParams>,
    ) -> Result<models::Coupon, runtime::Error<CouponUpdateError>> {
        self.update_with_response(coupon, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "coupon")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        coupon: &str,
        body: Option<&models::CouponUpdateParams>,
    ) -> Result<runtime::Response<models::Coupon>, runtime::Error<CouponUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/coupons/"),
            runtime::encode_path_segment(coupon)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/coupons/{coupon}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "coupon")]
    /// You can delete coupons via the [coupon management](https://dashboard.stripe.com/coupons) page of the Stripe dashboard. However, deleting a coupon does not affect any customers who have already applied the coupon; it means that new customers can’t redeem the coupon. You can also delete coupons via the API.
    ///
    /// `DELETE /v1/coupons/{coupon}`
    pub async fn delete(
        &self,
        coupon: &str,
    ) -> Result<models::DeletedCoupon, runtime::Error<CouponDeleteError>> {
        self.delete_with_response(coupon).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "coupon")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        coupon: &str,
    ) -> Result<
        runtime::Response<models::DeletedCoupon>,
        runtime::Error<CouponDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/coupons/"),
            runtime::encode_path_segment(coupon)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/coupons/{coupon}", runtime::decode_json)
            .await
    }
}
impl crate::resources::CreditNotes<'_> {
    #[cfg(feature = "credit_note")]
    /// Returns a list of credit notes.
    ///
    /// `GET /v1/credit_notes`
    pub async fn list(
        &self,
        params: &CreditNoteListParams,
    ) -> Result<models::CreditNoteListResponse, runtime::Error<CreditNoteListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "credit_note")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &CreditNoteListParams,
    ) -> Result<
        runtime::Response<models::CreditNoteListResponse>,
        runtime::Error<CreditNoteListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/credit_notes")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "invoice",
            &params.invoice,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/credit_notes", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "credit_note")]
    pub fn list_stream(
        &self,
        params: &CreditNoteListParams,
    ) -> runtime::Paginator<models::CreditNote, CreditNoteListError> {
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
                        .credit_notes()
                        .list_with_response(&params)
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
    #[cfg(feature = "credit_note")]
    /// Issue a credit note to adjust the amount of a finalized invoice. For a `status=open` invoice, a credit note reduces
    /// its `amount_due`. For a `status=paid` invoice, a credit note does not affect its `amount_due`. Instead, it can result
    /// in any combination of the following:
    ///
    /// - Refund: create a new refund (using `refund_amount`) or link an existing refund (using `refund`).
    ///
    /// - Customer balance credit: credit the customer’s balance (using `credit_amount`) which will be automatically applied to their next invoice when it’s finalized.
    ///
    /// - Outside of Stripe credit: record the amount that is or will be credited outside of Stripe (using `out_of_band_amount`).
    ///
    /// For post-payment credit notes the sum of the refund, credit and outside of Stripe amounts must equal the credit note total.
    ///
    /// You may issue multiple credit notes for an invoice. Each credit note will increment the invoice’s `pre_payment_credit_notes_amount`
    /// or `post_payment_credit_notes_amount` depending on its `status` at the time of credit note creation.
    ///
    /// `POST /v1/credit_notes`
    pub async fn create(
        &self,
        body: &models::CreditNoteCreateParams,
    ) -> Result<models::CreditNote, runtime::Error<CreditNoteCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "credit_note")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::CreditNoteCreateParams,
    ) -> Result<
        runtime::Response<models::CreditNote>,
        runtime::Error<CreditNoteCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/credit_notes")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/credit_notes", runtime::decode_json)
            .await
    }
    #[cfg(feature = "credit_note_line_item")]
    /// When retrieving a credit note, you’ll get a **lines** property containing the the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.
    ///
    /// `GET /v1/credit_notes/{credit_note}/lines`
    pub async fn lines(
        &self,
        credit_note: &str,
        params: &CreditNoteLinesParams,
    ) -> Result<models::CreditNoteLinesResponse, runtime::Error<CreditNoteLinesError>> {
        self.lines_with_response(credit_note, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "credit_note_line_item")]
    /// Like [`lines`](Self::lines), with the response's status, headers and request id.
    pub async fn lines_with_response(
        &self,
        credit_note: &str,
        params: &CreditNoteLinesParams,
    ) -> Result<
        runtime::Response<models::CreditNoteLinesResponse>,
        runtime::Error<CreditNoteLinesError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/credit_notes/"),
            runtime::encode_path_segment(credit_note)?,
            std::borrow::Cow::Borrowed("/lines"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/credit_notes/{credit_note}/lines",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`lines`](Self::lines), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "credit_note_line_item")]
    pub fn lines_stream(
        &self,
        credit_note: &str,
        params: &CreditNoteLinesParams,
    ) -> runtime::Paginator<models::CreditNoteLineItem, CreditNoteLinesError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let credit_note = credit_note.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let credit_note = credit_note.clone();
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
                        .credit_notes()
                        .lines_with_response(&credit_note, &params)
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
    #[cfg(feature = "credit_note")]
    /// Retrieves the credit note object with the given identifier.
    ///
    /// `GET /v1/credit_notes/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &CreditNoteRetrieveParams,
    ) -> Result<models::CreditNote, runtime::Error<CreditNoteRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "credit_note")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &CreditNoteRetrieveParams,
    ) -> Result<
        runtime::Response<models::CreditNote>,
        runtime::Error<CreditNoteRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/credit_notes/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/credit_notes/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "credit_note")]
    /// Updates an existing credit note.
    ///
    /// `POST /v1/credit_notes/{id}`
    pub async fn update(
        &self,
        id: &str,
        body: Option<&models::CreditNoteUpdateParams>,
    ) -> Result<models::CreditNote, runtime::Error<CreditNoteUpdateError>> {
        self.update_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "credit_note")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        id: &str,
        body: Option<&models::CreditNoteUpdateParams>,
    ) -> Result<
        runtime::Response<models::CreditNote>,
        runtime::Error<CreditNoteUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/credit_notes/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/credit_notes/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "credit_note")]
    /// Marks a credit note as void. Learn more about voiding credit notes.
    ///
    /// `POST /v1/credit_notes/{id}/void`
    pub async fn void(
        &self,
        id: &str,
        body: Option<&models::CreditNoteVoidParams>,
    ) -> Result<models::CreditNote, runtime::Error<CreditNoteVoidError>> {
        self.void_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "credit_note")]
    /// Like [`void`](Self::void), with the response's status, headers and request id.
    pub async fn void_with_response(
        &self,
        id: &str,
        body: Option<&models::CreditNoteVoidParams>,
    ) -> Result<
        runtime::Response<models::CreditNote>,
        runtime::Error<CreditNoteVoidError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/credit_notes/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/void"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/credit_notes/{id}/void", runtime::decode_json)
            .await
    }
}
impl crate::resources::CreditNotesPreview<'_> {
    #[cfg(feature = "credit_note")]
    /// Get a preview of a credit note without creating it.
    ///
    /// `GET /v1/credit_notes/preview`
    pub async fn retrieve(
        &self,
        params: &CreditNotePreviewParams,
    ) -> Result<models::CreditNote, runtime::Error<CreditNotePreviewError>> {
        self.retrieve_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "credit_note")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        params: &CreditNotePreviewParams,
    ) -> Result<
        runtime::Response<models::CreditNote>,
        runtime::Error<CreditNotePreviewError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/credit_notes/preview")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "amount",
            &params.amount,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "credit_amount",
            &params.credit_amount,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "invoice",
            &params.invoice,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "lines",
            &params.lines,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "memo",
            &params.memo,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "metadata",
            &params.metadata,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "out_of_band_amount",
            &params.out_of_band_amount,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "reason",
            &params.reason,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "refund",
            &params.refund,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "refund_amount",
            &params.refund_amount,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/credit_notes/preview", runtime::decode_json)
            .await
    }
    #[cfg(feature = "credit_note_line_item")]
    /// When retrieving a credit note preview, you’ll get a **lines** property containing the first handful of those items. This URL you can retrieve the full (paginated) list of line items.
    ///
    /// `GET /v1/credit_notes/preview/lines`
    pub async fn lines(
        &self,
        params: &CreditNotePreviewLinesParams,
    ) -> Result<
        models::CreditNotePreviewLinesResponse,
        runtime::Error<CreditNotePreviewLinesError>,
    > {
        self.lines_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "credit_note_line_item")]
    /// Like [`lines`](Self::lines), with the response's status, headers and request id.
    pub async fn lines_with_response(
        &self,
        params: &CreditNotePreviewLinesParams,
    ) -> Result<
        runtime::Response<models::CreditNotePreviewLinesResponse>,
        runtime::Error<CreditNotePreviewLinesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/credit_notes/preview/lines")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "amount",
            &params.amount,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "credit_amount",
            &params.credit_amount,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "invoice",
            &params.invoice,
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
            "lines",
            &params.lines,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "memo",
            &params.memo,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "metadata",
            &params.metadata,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "out_of_band_amount",
            &params.out_of_band_amount,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "reason",
            &params.reason,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "refund",
            &params.refund,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "refund_amount",
            &params.refund_amount,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/credit_notes/preview/lines", runtime::decode_json)
            .await
    }
    /// Every item of [`lines`](Self::lines), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "credit_note_line_item")]
    pub fn lines_stream(
        &self,
        params: &CreditNotePreviewLinesParams,
    ) -> runtime::Paginator<models::CreditNoteLineItem, CreditNotePreviewLinesError> {
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
                        .credit_notes()
                        .preview()
                        .lines_with_response(&params)
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
    #[cfg(feature = "customer")]
    /// Returns a list of your customers. The customers are returned sorted by creation date, with the most recent customers appearing first.
    ///
    /// `GET /v1/customers`
    pub async fn list(
        &self,
        params: &CustomerListParams,
    ) -> Result<models::CustomerListResponse, runtime::Error<CustomerListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &CustomerListParams,
    ) -> Result<
        runtime::Response<models::CustomerListResponse>,
        runtime::Error<CustomerListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/customers")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "email",
            &params.email,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/customers", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "customer")]
    pub fn list_stream(
        &self,
        params: &CustomerListParams,
    ) -> runtime::Paginator<models::Customer, CustomerListError> {
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
                    let response = client.customers().list_with_response(&params).await?;
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
    #[cfg(feature = "customer")]
    /// Creates a new customer object.
    ///
    /// `POST /v1/customers`
    pub async fn create(
        &self,
        body: Option<&models::CustomerCreateParams>,
    ) -> Result<models::Customer, runtime::Error<CustomerCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::CustomerCreateParams>,
    ) -> Result<
        runtime::Response<models::Customer>,
        runtime::Error<CustomerCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/customers")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/customers", runtime::decode_json)
            .await
    }
    #[cfg(feature = "customer")]
    /// Retrieves the details of an existing customer. You need only supply the unique customer identifier that was returned upon customer creation.
    ///
    /// `GET /v1/customers/{customer}`
    pub async fn retrieve(
        &self,
        customer: &str,
        params: &CustomerRetrieveParams,
    ) -> Result<
        models::CustomerOrDeletedCustomer,
        runtime::Error<CustomerRetrieveError>,
    > {
        self.retrieve_with_response(customer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        params: &CustomerRetrieveParams,
    ) -> Result<
        runtime::Response<models::CustomerOrDeletedCustomer>,
        runtime::Error<CustomerRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "customer")]
    /// Updates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged. For example, if you pass the **source** parameter, that becomes the customer’s active source (e.g., a card) to be used for all charges in the future. When you update a customer to a new valid card source by passing the **source** parameter: for each of the customer’s current subscriptions, if the subscription bills automatically and is in the `past_due` state, then the latest open invoice for the subscription with automatic collection enabled will be retried. This retry will not count as an automatic retry, and will not affect the next regularly scheduled payment for the invoice. Changing the **default_source** for a customer will not trigger this behavior.
    ///
    /// This request accepts mostly the same arguments as the customer creation call.
    ///
    /// `POST /v1/customers/{customer}`
    pub async fn update(
        &self,
        customer: &str,
        body: Option<&models::CustomerUpdateParams>,
    ) -> Result<models::Customer, runtime::Error<CustomerUpdateError>> {
        self.update_with_response(customer, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        customer: &str,
        body: Option<&models::CustomerUpdateParams>,
    ) -> Result<
        runtime::Response<models::Customer>,
        runtime::Error<CustomerUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "customer")]
    /// Permanently deletes a customer. It cannot be undone. Also immediately cancels any active subscriptions on the customer.
    ///
    /// `DELETE /v1/customers/{customer}`
    pub async fn delete(
        &self,
        customer: &str,
    ) -> Result<models::DeletedCustomer, runtime::Error<CustomerDeleteError>> {
        self.delete_with_response(customer).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        customer: &str,
    ) -> Result<
        runtime::Response<models::DeletedCustomer>,
        runtime::Error<CustomerDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}", runtime::decode_json)
            .await
    }
}
impl crate::resources::CustomersBalanceTransactions<'_> {
    #[cfg(feature = "customer_balance_transaction")]
    /// Returns a list of transactions that updated the customer’s balances.
    ///
    /// `GET /v1/customers/{customer}/balance_transactions`
    pub async fn list(
        &self,
        customer: &str,
        params: &CustomerBalanceTransactionListParams,
    ) -> Result<
        models::CustomerBalanceTransactionListResponse,
        runtime::Error<CustomerBalanceTransactionListError>,
    > {
        self.list_with_response(customer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer_balance_transaction")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        customer: &str,
        params: &CustomerBalanceTransactionListParams,
    ) -> Result<
        runtime::Response<models::CustomerBalanceTransactionListResponse>,
        runtime::Error<CustomerBalanceTransactionListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/balance_transactions"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/balance_transactions",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "customer_balance_transaction")]
    pub fn list_stream(
        &self,
        customer: &str,
        params: &CustomerBalanceTransactionListParams,
    ) -> runtime::Paginator<
        models::CustomerBalanceTransaction,
        CustomerBalanceTransactionListError,
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
        let customer = customer.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let customer = customer.clone();
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
                        .balance_transactions()
                        .list_with_response(&customer, &params)
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
    #[cfg(feature = "customer_balance_transaction")]
    /// Creates an immutable transaction that updates the customer’s credit balance.
    ///
    /// `POST /v1/customers/{customer}/balance_transactions`
    pub async fn create(
        &self,
        customer: &str,
        body: &models::CustomerBalanceTransactionCreateParams,
    ) -> Result<
        models::CustomerBalanceTransaction,
        runtime::Error<CustomerBalanceTransactionCreateError>,
    > {
        self.create_with_response(customer, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer_balance_transaction")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        customer: &str,
        body: &models::CustomerBalanceTransactionCreateParams,
    ) -> Result<
        runtime::Response<models::CustomerBalanceTransaction>,
        runtime::Error<CustomerBalanceTransactionCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/balance_transactions"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/balance_transactions",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "customer_balance_transaction")]
    /// Retrieves a specific customer balance transaction that updated the customer’s balances.
    ///
    /// `GET /v1/customers/{customer}/balance_transactions/{transaction}`
    pub async fn retrieve(
        &self,
        customer: &str,
        transaction: &str,
        params: &CustomerBalanceTransactionRetrieveParams,
    ) -> Result<
        models::CustomerBalanceTransaction,
        runtime::Error<CustomerBalanceTransactionRetrieveError>,
    > {
        self.retrieve_with_response(customer, transaction, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer_balance_transaction")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        transaction: &str,
        params: &CustomerBalanceTransactionRetrieveParams,
    ) -> Result<
        runtime::Response<models::CustomerBalanceTransaction>,
        runtime::Error<CustomerBalanceTransactionRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/balance_transactions/"),
            runtime::encode_path_segment(transaction)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/balance_transactions/{transaction}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "customer_balance_transaction")]
    /// Most credit balance transaction fields are immutable, but you may update its `description` and `metadata`.
    ///
    /// `POST /v1/customers/{customer}/balance_transactions/{transaction}`
    pub async fn update(
        &self,
        customer: &str,
        transaction: &str,
        body: Option<&models::CustomerBalanceTransactionUpdateParams>,
    ) -> Result<
        models::CustomerBalanceTransaction,
        runtime::Error<CustomerBalanceTransactionUpdateError>,
    > {
        self.update_with_response(customer, transaction, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "customer_balance_transaction")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        customer: &str,
        transaction: &str,
        body: Option<&models::CustomerBalanceTransactionUpdateParams>,
    ) -> Result<
        runtime::Response<models::CustomerBalanceTransaction>,
        runtime::Error<CustomerBalanceTransactionUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/balance_transactions/"),
            runtime::encode_path_segment(transaction)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/balance_transactions/{transaction}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::CustomersBankAccounts<'_> {
    #[cfg(feature = "bank_account")]
    /// You can see a list of the bank accounts belonging to a Customer. Note that the 10 most recent sources are always available by default on the Customer. If you need more than those 10, you can use this API method and the `limit` and `starting_after` parameters to page through additional bank accounts.
    ///
    /// `GET /v1/customers/{customer}/bank_accounts`
    pub async fn list(
        &self,
        customer: &str,
        params: &CustomerBankAccountListParams,
    ) -> Result<
        models::CustomerBankAccountListResponse,
        runtime::Error<CustomerBankAccountListError>,
    > {
        self.list_with_response(customer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "bank_account")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        customer: &str,
        params: &CustomerBankAccountListParams,
    ) -> Result<
        runtime::Response<models::CustomerBankAccountListResponse>,
        runtime::Error<CustomerBankAccountListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/bank_accounts"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/bank_accounts",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "bank_account")]
    pub fn list_stream(
        &self,
        customer: &str,
        params: &CustomerBankAccountListParams,
    ) -> runtime::Paginator<models::BankAccount, CustomerBankAccountListError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let customer = customer.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let customer = customer.clone();
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
                        .bank_accounts()
                        .list_with_response(&customer, &params)
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
    #[cfg(feature = "payment_source")]
    /// When you create a new credit card, you must specify a customer or recipient on which to create it.
    ///
    /// If the card’s owner has no default card, then the new card will become the default.
    /// However, if the owner already has a default, then it will not change.
    /// To change the default, you should update the customer to have a new `default_source`.
    ///
    /// `POST /v1/customers/{customer}/bank_accounts`
    pub async fn create(
        &self,
        customer: &str,
        body: Option<&models::CustomerBankAccountCreateParams>,
    ) -> Result<models::PaymentSource, runtime::Error<CustomerBankAccountCreateError>> {
        self.create_with_response(customer, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_source")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        customer: &str,
        body: Option<&models::CustomerBankAccountCreateParams>,
    ) -> Result<
        runtime::Response<models::PaymentSource>,
        runtime::Error<CustomerBankAccountCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/bank_accounts"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/bank_accounts",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "bank_account")]
    /// By default, you can see the 10 most recent sources stored on a Customer directly on the object, but you can also retrieve details about a specific bank account stored on the Stripe account.
    ///
    /// `GET /v1/customers/{customer}/bank_accounts/{id}`
    pub async fn retrieve(
        &self,
        customer: &str,
        id: &str,
        params: &CustomerBankAccountRetrieveParams,
    ) -> Result<models::BankAccount, runtime::Error<CustomerBankAccountRetrieveError>> {
        self.retrieve_with_response(customer, id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "bank_account")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        id: &str,
        params: &CustomerBankAccountRetrieveParams,
    ) -> Result<
        runtime::Response<models::BankAccount>,
        runtime::Error<CustomerBankAccountRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/bank_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "card")]
    /// Update a specified source for a given customer.
    ///
    /// `POST /v1/customers/{customer}/bank_accounts/{id}`
    pub async fn update(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerBankAccountUpdateParams>,
    ) -> Result<
        models::CardOrBankAccountOrSource,
        runtime::Error<CustomerBankAccountUpdateError>,
    > {
        self.update_with_response(customer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "card")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerBankAccountUpdateParams>,
    ) -> Result<
        runtime::Response<models::CardOrBankAccountOrSource>,
        runtime::Error<CustomerBankAccountUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/bank_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "payment_source")]
    /// Delete a specified source for a given customer.
    ///
    /// `DELETE /v1/customers/{customer}/bank_accounts/{id}`
    pub async fn delete(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerBankAccountDeleteParams>,
    ) -> Result<
        models::PaymentSourceOrDeletedPaymentSource,
        runtime::Error<CustomerBankAccountDeleteError>,
    > {
        self.delete_with_response(customer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_source")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerBankAccountDeleteParams>,
    ) -> Result<
        runtime::Response<models::PaymentSourceOrDeletedPaymentSource>,
        runtime::Error<CustomerBankAccountDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/bank_accounts/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/bank_accounts/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "bank_account")]
    /// Verify a specified bank account for a given customer.
    ///
    /// `POST /v1/customers/{customer}/bank_accounts/{id}/verify`
    pub async fn verify(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerBankAccountVerifyParams>,
    ) -> Result<models::BankAccount, runtime::Error<CustomerBankAccountVerifyError>> {
        self.verify_with_response(customer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "bank_account")]
    /// Like [`verify`](Self::verify), with the response's status, headers and request id.
    pub async fn verify_with_response(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerBankAccountVerifyParams>,
    ) -> Result<
        runtime::Response<models::BankAccount>,
        runtime::Error<CustomerBankAccountVerifyError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/bank_accounts/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/verify"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/bank_accounts/{id}/verify",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::CustomersCards<'_> {
    #[cfg(feature = "card")]
    /// You can see a list of the cards belonging to a customer.
    /// Note that the 10 most recent sources are always available on the `Customer` object.
    /// If you need more than those 10, you can use this API method and the `limit` and `starting_after` parameters to page through additional cards.
    ///
    /// `GET /v1/customers/{customer}/cards`
    pub async fn list(
        &self,
        customer: &str,
        params: &CustomerCardListParams,
    ) -> Result<
        models::CustomerCardListResponse,
        runtime::Error<CustomerCardListError>,
    > {
        self.list_with_response(customer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "card")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        customer: &str,
        params: &CustomerCardListParams,
    ) -> Result<
        runtime::Response<models::CustomerCardListResponse>,
        runtime::Error<CustomerCardListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/cards"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}/cards", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "card")]
    pub fn list_stream(
        &self,
        customer: &str,
        params: &CustomerCardListParams,
    ) -> runtime::Paginator<models::Card, CustomerCardListError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let customer = customer.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let customer = customer.clone();
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
                        .cards()
                        .list_with_response(&customer, &params)
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
    #[cfg(feature = "payment_source")]
    /// When you create a new credit card, you must specify a customer or recipient on which to create it.
    ///
    /// If the card’s owner has no default card, then the new card will become the default.
    /// However, if the owner already has a default, then it will not change.
    /// To change the default, you should update the customer to have a new `default_source`.
    ///
    /// `POST /v1/customers/{customer}/cards`
    pub async fn create(
        &self,
        customer: &str,
        body: Option<&models::CustomerCardCreateParams>,
    ) -> Result<models::PaymentSource, runtime::Error<CustomerCardCreateError>> {
        self.create_with_response(customer, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_source")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        customer: &str,
        body: Option<&models::CustomerCardCreateParams>,
    ) -> Result<
        runtime::Response<models::PaymentSource>,
        runtime::Error<CustomerCardCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/cards"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}/cards", runtime::decode_json)
            .await
    }
    #[cfg(feature = "card")]
    /// You can always see the 10 most recent cards directly on a customer; this method lets you retrieve details about a specific card stored on the customer.
    ///
    /// `GET /v1/customers/{customer}/cards/{id}`
    pub async fn retrieve(
        &self,
        customer: &str,
        id: &str,
        params: &CustomerCardRetrieveParams,
    ) -> Result<models::Card, runtime::Error<CustomerCardRetrieveError>> {
        self.retrieve_with_response(customer, id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "card")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        id: &str,
        params: &CustomerCardRetrieveParams,
    ) -> Result<
        runtime::Response<models::Card>,
        runtime::Error<CustomerCardRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/cards/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/cards/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "card")]
    /// Update a specified source for a given customer.
    ///
    /// `POST /v1/customers/{customer}/cards/{id}`
    pub async fn update(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerCardUpdateParams>,
    ) -> Result<
        models::CardOrBankAccountOrSource,
        runtime::Error<CustomerCardUpdateError>,
    > {
        self.update_with_response(customer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "card")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerCardUpdateParams>,
    ) -> Result<
        runtime::Response<models::CardOrBankAccountOrSource>,
        runtime::Error<CustomerCardUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/cards/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/cards/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "payment_source")]
    /// Delete a specified source for a given customer.
    ///
    /// `DELETE /v1/customers/{customer}/cards/{id}`
    pub async fn delete(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerCardDeleteParams>,
    ) -> Result<
        models::PaymentSourceOrDeletedPaymentSource,
        runtime::Error<CustomerCardDeleteError>,
    > {
        self.delete_with_response(customer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_source")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerCardDeleteParams>,
    ) -> Result<
        runtime::Response<models::PaymentSourceOrDeletedPaymentSource>,
        runtime::Error<CustomerCardDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/cards/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/cards/{id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::CustomersDiscount<'_> {
    #[cfg(feature = "discount")]
    /// `GET /v1/customers/{customer}/discount`
    pub async fn retrieve(
        &self,
        customer: &str,
        params: &CustomerDiscountParams,
    ) -> Result<models::Discount, runtime::Error<CustomerDiscountError>> {
        self.retrieve_with_response(customer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "discount")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        params: &CustomerDiscountParams,
    ) -> Result<
        runtime::Response<models::Discount>,
        runtime::Error<CustomerDiscountError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/discount"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}/discount", runtime::decode_json)
            .await
    }
    #[cfg(feature = "discount")]
    /// Removes the currently applied discount on a customer.
    ///
    /// `DELETE /v1/customers/{customer}/discount`
    pub async fn delete(
        &self,
        customer: &str,
    ) -> Result<models::DeletedDiscount, runtime::Error<CustomerDiscountDeleteError>> {
        self.delete_with_response(customer).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "discount")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        customer: &str,
    ) -> Result<
        runtime::Response<models::DeletedDiscount>,
        runtime::Error<CustomerDiscountDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/discount"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}/discount", runtime::decode_json)
            .await
    }
}
impl crate::resources::CustomersSources<'_> {
    #[cfg(feature = "alipay_account")]
    /// List sources for a specified customer.
    ///
    /// `GET /v1/customers/{customer}/sources`
    pub async fn list(
        &self,
        customer: &str,
        params: &CustomerSourceListParams,
    ) -> Result<
        models::CustomerSourceListResponse,
        runtime::Error<CustomerSourceListError>,
    > {
        self.list_with_response(customer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "alipay_account")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        customer: &str,
        params: &CustomerSourceListParams,
    ) -> Result<
        runtime::Response<models::CustomerSourceListResponse>,
        runtime::Error<CustomerSourceListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/sources"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
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
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}/sources", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "alipay_account")]
    pub fn list_stream(
        &self,
        customer: &str,
        params: &CustomerSourceListParams,
    ) -> runtime::Paginator<models::CustomerDefaultSource, CustomerSourceListError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let customer = customer.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let customer = customer.clone();
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
                        .sources()
                        .list_with_response(&customer, &params)
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
    #[cfg(feature = "payment_source")]
    /// When you create a new credit card, you must specify a customer or recipient on which to create it.
    ///
    /// If the card’s owner has no default card, then the new card will become the default.
    /// However, if the owner already has a default, then it will not change.
    /// To change the default, you should update the customer to have a new `default_source`.
    ///
    /// `POST /v1/customers/{customer}/sources`
    pub async fn create(
        &self,
        customer: &str,
        body: Option<&models::CustomerSourceCreateParams>,
    ) -> Result<models::PaymentSource, runtime::Error<CustomerSourceCreateError>> {
        self.create_with_response(customer, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_source")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        customer: &str,
        body: Option<&models::CustomerSourceCreateParams>,
    ) -> Result<
        runtime::Response<models::PaymentSource>,
        runtime::Error<CustomerSourceCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/sources"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}/sources", runtime::decode_json)
            .await
    }
    #[cfg(feature = "payment_source")]
    /// Retrieve a specified source for a given customer.
    ///
    /// `GET /v1/customers/{customer}/sources/{id}`
    pub async fn retrieve(
        &self,
        customer: &str,
        id: &str,
        params: &CustomerSourceRetrieveParams,
    ) -> Result<models::PaymentSource, runtime::Error<CustomerSourceRetrieveError>> {
        self.retrieve_with_response(customer, id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_source")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        id: &str,
        params: &CustomerSourceRetrieveParams,
    ) -> Result<
        runtime::Response<models::PaymentSource>,
        runtime::Error<CustomerSourceRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/sources/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/sources/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "card")]
    /// Update a specified source for a given customer.
    ///
    /// `POST /v1/customers/{customer}/sources/{id}`
    pub async fn update(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerSourceUpdateParams>,
    ) -> Result<
        models::CardOrBankAccountOrSource,
        runtime::Error<CustomerSourceUpdateError>,
    > {
        self.update_with_response(customer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "card")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerSourceUpdateParams>,
    ) -> Result<
        runtime::Response<models::CardOrBankAccountOrSource>,
        runtime::Error<CustomerSourceUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/sources/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/sources/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "payment_source")]
    /// Delete a specified source for a given customer.
    ///
    /// `DELETE /v1/customers/{customer}/sources/{id}`
    pub async fn delete(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerSourceDeleteParams>,
    ) -> Result<
        models::PaymentSourceOrDeletedPaymentSource,
        runtime::Error<CustomerSourceDeleteError>,
    > {
        self.delete_with_response(customer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_source")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerSourceDeleteParams>,
    ) -> Result<
        runtime::Response<models::PaymentSourceOrDeletedPaymentSource>,
        runtime::Error<CustomerSourceDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/sources/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/sources/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "bank_account")]
    /// Verify a specified bank account for a given customer.
    ///
    /// `POST /v1/customers/{customer}/sources/{id}/verify`
    pub async fn verify(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerSourceVerifyParams>,
    ) -> Result<models::BankAccount, runtime::Error<CustomerSourceVerifyError>> {
        self.verify_with_response(customer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "bank_account")]
    /// Like [`verify`](Self::verify), with the response's status, headers and request id.
    pub async fn verify_with_response(
        &self,
        customer: &str,
        id: &str,
        body: Option<&models::CustomerSourceVerifyParams>,
    ) -> Result<
        runtime::Response<models::BankAccount>,
        runtime::Error<CustomerSourceVerifyError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/sources/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/verify"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/sources/{id}/verify",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::CustomersSubscriptions<'_> {
    #[cfg(feature = "subscription")]
    /// You can see a list of the customer’s active subscriptions. Note that the 10 most recent active subscriptions are always available by default on the customer object. If you need more than those 10, you can use the limit and starting_after parameters to page through additional subscriptions.
    ///
    /// `GET /v1/customers/{customer}/subscriptions`
    pub async fn list(
        &self,
        customer: &str,
        params: &CustomerSubscriptionListParams,
    ) -> Result<
        models::CustomerSubscriptionListResponse,
        runtime::Error<CustomerSubscriptionListError>,
    > {
        self.list_with_response(customer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        customer: &str,
        params: &CustomerSubscriptionListParams,
    ) -> Result<
        runtime::Response<models::CustomerSubscriptionListResponse>,
        runtime::Error<CustomerSubscriptionListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/subscriptions"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/subscriptions",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "subscription")]
    pub fn list_stream(
        &self,
        customer: &str,
        params: &CustomerSubscriptionListParams,
    ) -> runtime::Paginator<models::Subscription, CustomerSubscriptionListError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let customer = customer.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let customer = customer.clone();
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
                        .subscriptions()
                        .list_with_response(&customer, &params)
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
    #[cfg(feature = "subscription")]
    /// Creates a new subscription on an existing customer.
    ///
    /// `POST /v1/customers/{customer}/subscriptions`
    pub async fn create(
        &self,
        customer: &str,
        body: Option<&models::CustomerSubscriptionCreateParams>,
    ) -> Result<models::Subscription, runtime::Error<CustomerSubscriptionCreateError>> {
        self.create_with_response(customer, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        customer: &str,
        body: Option<&models::CustomerSubscriptionCreateParams>,
    ) -> Result<
        runtime::Response<models::Subscription>,
        runtime::Error<CustomerSubscriptionCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/subscriptions"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/subscriptions",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "subscription")]
    /// Retrieves the subscription with the given ID.
    ///
    /// `GET /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
    pub async fn retrieve(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
        params: &CustomerSubscriptionRetrieveParams,
    ) -> Result<
        models::Subscription,
        runtime::Error<CustomerSubscriptionRetrieveError>,
    > {
        self.retrieve_with_response(customer, subscription_exposed_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
        params: &CustomerSubscriptionRetrieveParams,
    ) -> Result<
        runtime::Response<models::Subscription>,
        runtime::Error<CustomerSubscriptionRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "subscription")]
    /// Updates an existing subscription on a customer to match the specified parameters. When changing plans or quantities, we will optionally prorate the price we charge next month to make up for any price changes. To preview how the proration will be calculated, use the upcoming invoice endpoint.
    ///
    /// `POST /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
    pub async fn update(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
        body: Option<&models::CustomerSubscriptionUpdateParams>,
    ) -> Result<models::Subscription, runtime::Error<CustomerSubscriptionUpdateError>> {
        self.update_with_response(customer, subscription_exposed_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
        body: Option<&models::CustomerSubscriptionUpdateParams>,
    ) -> Result<
        runtime::Response<models::Subscription>,
        runtime::Error<CustomerSubscriptionUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "subscription")]
    /// Cancels a customer’s subscription. If you set the `at_period_end` parameter to `true`, the subscription will remain active until the end of the period, at which point it will be canceled and not renewed. Otherwise, with the default `false` value, the subscription is terminated immediately. In either case, the customer will not be charged again for the subscription.
    ///
    /// Note, however, that any pending invoice items that you’ve created will still be charged for at the end of the period, unless manually deleted. If you’ve set the subscription to cancel at the end of the period, any pending prorations will also be left in place and collected at the end of the period. But if the subscription is set to cancel immediately, pending prorations will be removed.
    ///
    /// By default, upon subscription cancellation, Stripe will stop automatic collection of all finalized invoices for the customer. This is intended to prevent unexpected payment attempts after the customer has canceled a subscription. However, you can resume automatic collection of the invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid invoices before allowing the customer to cancel the subscription at all.
    ///
    /// `DELETE /v1/customers/{customer}/subscriptions/{subscription_exposed_id}`
    pub async fn delete(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
        body: Option<&models::CustomerSubscriptionDeleteParams>,
    ) -> Result<models::Subscription, runtime::Error<CustomerSubscriptionDeleteError>> {
        self.delete_with_response(customer, subscription_exposed_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
        body: Option<&models::CustomerSubscriptionDeleteParams>,
    ) -> Result<
        runtime::Response<models::Subscription>,
        runtime::Error<CustomerSubscriptionDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::CustomersSubscriptionsDiscount<'_> {
    #[cfg(feature = "discount")]
    /// `GET /v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount`
    pub async fn retrieve(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
        params: &CustomerSubscriptionDiscountParams,
    ) -> Result<models::Discount, runtime::Error<CustomerSubscriptionDiscountError>> {
        self.retrieve_with_response(customer, subscription_exposed_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "discount")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
        params: &CustomerSubscriptionDiscountParams,
    ) -> Result<
        runtime::Response<models::Discount>,
        runtime::Error<CustomerSubscriptionDiscountError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
            std::borrow::Cow::Borrowed("/discount"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "discount")]
    /// Removes the currently applied discount on a customer.
    ///
    /// `DELETE /v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount`
    pub async fn delete(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
    ) -> Result<
        models::DeletedDiscount,
        runtime::Error<CustomerSubscriptionDiscountDeleteError>,
    > {
        self.delete_with_response(customer, subscription_exposed_id)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "discount")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        customer: &str,
        subscription_exposed_id: &str,
    ) -> Result<
        runtime::Response<models::DeletedDiscount>,
        runtime::Error<CustomerSubscriptionDiscountDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
            std::borrow::Cow::Borrowed("/discount"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::CustomersTaxIds<'_> {
    #[cfg(feature = "tax_id")]
    /// Returns a list of tax IDs for a customer.
    ///
    /// `GET /v1/customers/{customer}/tax_ids`
    pub async fn list(
        &self,
        customer: &str,
        params: &CustomerTaxIdListParams,
    ) -> Result<
        models::CustomerTaxIdListResponse,
        runtime::Error<CustomerTaxIdListError>,
    > {
        self.list_with_response(customer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_id")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        customer: &str,
        params: &CustomerTaxIdListParams,
    ) -> Result<
        runtime::Response<models::CustomerTaxIdListResponse>,
        runtime::Error<CustomerTaxIdListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/tax_ids"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}/tax_ids", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "tax_id")]
    pub fn list_stream(
        &self,
        customer: &str,
        params: &CustomerTaxIdListParams,
    ) -> runtime::Paginator<models::TaxId, CustomerTaxIdListError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let customer = customer.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let customer = customer.clone();
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
                        .tax_ids()
                        .list_with_response(&customer, &params)
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
    #[cfg(feature = "tax_id")]
    /// Creates a new `TaxID` object for a customer.
    ///
    /// `POST /v1/customers/{customer}/tax_ids`
    pub async fn create(
        &self,
        customer: &str,
        body: &models::CustomerTaxIdCreateParams,
    ) -> Result<models::TaxId, runtime::Error<CustomerTaxIdCreateError>> {
        self.create_with_response(customer, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_id")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        customer: &str,
        body: &models::CustomerTaxIdCreateParams,
    ) -> Result<
        runtime::Response<models::TaxId>,
        runtime::Error<CustomerTaxIdCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/tax_ids"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/customers/{customer}/tax_ids", runtime::decode_json)
            .await
    }
    #[cfg(feature = "tax_id")]
    /// Retrieves the `TaxID` object with the given identifier.
    ///
    /// `GET /v1/customers/{customer}/tax_ids/{id}`
    pub async fn retrieve(
        &self,
        customer: &str,
        id: &str,
        params: &CustomerTaxIdRetrieveParams,
    ) -> Result<models::TaxId, runtime::Error<CustomerTaxIdRetrieveError>> {
        self.retrieve_with_response(customer, id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_id")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        customer: &str,
        id: &str,
        params: &CustomerTaxIdRetrieveParams,
    ) -> Result<
        runtime::Response<models::TaxId>,
        runtime::Error<CustomerTaxIdRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/tax_ids/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/tax_ids/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "tax_id")]
    /// Deletes an existing `TaxID` object.
    ///
    /// `DELETE /v1/customers/{customer}/tax_ids/{id}`
    pub async fn delete(
        &self,
        customer: &str,
        id: &str,
    ) -> Result<models::DeletedTaxId, runtime::Error<CustomerTaxIdDeleteError>> {
        self.delete_with_response(customer, id).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_id")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        customer: &str,
        id: &str,
    ) -> Result<
        runtime::Response<models::DeletedTaxId>,
        runtime::Error<CustomerTaxIdDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/customers/"),
            runtime::encode_path_segment(customer)?,
            std::borrow::Cow::Borrowed("/tax_ids/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(
                request,
                "/v1/customers/{customer}/tax_ids/{id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Disputes<'_> {
    #[cfg(feature = "dispute")]
    /// Returns a list of your disputes.
    ///
    /// `GET /v1/disputes`
    pub async fn list(
        &self,
        params: &DisputeListParams,
    ) -> Result<models::DisputeListResponse, runtime::Error<DisputeListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "dispute")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &DisputeListParams,
    ) -> Result<
        runtime::Response<models::DisputeListResponse>,
        runtime::Error<DisputeListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/disputes")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "charge",
            &params.charge,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payment_intent",
            &params.payment_intent,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/disputes", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "dispute")]
    pub fn list_stream(
        &self,
        params: &DisputeListParams,
    ) -> runtime::Paginator<models::Dispute, DisputeListError> {
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
                    let response = client.disputes().list_with_response(&params).await?;
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
    #[cfg(feature = "dispute")]
    /// Retrieves the dispute with the given ID.
    ///
    /// `GET /v1/disputes/{dispute}`
    pub async fn retrieve(
        &self,
        dispute: &str,
        params: &DisputeRetrieveParams,
    ) -> Result<models::Dispute, runtime::Error<DisputeRetrieveError>> {
        self.retrieve_with_response(dispute, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "dispute")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        dispute: &str,
        params: &DisputeRetrieveParams,
    ) -> Result<
        runtime::Response<models::Dispute>,
        runtime::Error<DisputeRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/disputes/"),
            runtime::encode_path_segment(dispute)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/disputes/{dispute}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "dispute")]
    /// When you get a dispute, contacting your customer is always the best first step. If that doesn’t work, you can submit evidence to help us resolve the dispute in your favor. You can do this in your [dashboard](https://dashboard.stripe.com/disputes), but if you prefer, you can use the API to submit evidence programmatically.
    ///
    /// Depending on your dispute type, different evidence fields will give you a better chance of winning your dispute. To figure out which evidence fields to provide, see our guide to dispute types.
    ///
    /// `POST /v1/disputes/{dispute}`
    pub async fn update(
        &self,
        dispute: &str,
        body: Option<&models::DisputeUpdateParams>,
    ) -> Result<models::Dispute, runtime::Error<DisputeUpdateError>> {
        self.update_with_response(dispute, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "dispute")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        dispute: &str,
        body: Option<&models::DisputeUpdateParams>,
    ) -> Result<runtime::Response<models::Dispute>, runtime::Error<DisputeUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/disputes/"),
            runtime::encode_path_segment(dispute)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/disputes/{dispute}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "dispute")]
    /// Closing the dispute for a charge indicates that you do not have any evidence to submit and are essentially dismissing the dispute, acknowledging it as lost.
    ///
    /// The status of the dispute will change from `needs_response` to `lost`. *Closing a dispute is irreversible*.
    ///
    /// `POST /v1/disputes/{dispute}/close`
    pub async fn close(
        &self,
        dispute: &str,
        body: Option<&models::DisputeCloseParams>,
    ) -> Result<models::Dispute, runtime::Error<DisputeCloseError>> {
        self.close_with_response(dispute, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "dispute")]
    /// Like [`close`](Self::close), with the response's status, headers and request id.
    pub async fn close_with_response(
        &self,
        dispute: &str,
        body: Option<&models::DisputeCloseParams>,
    ) -> Result<runtime::Response<models::Dispute>, runtime::Error<DisputeCloseError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/disputes/"),
            runtime::encode_path_segment(dispute)?,
            std::borrow::Cow::Borrowed("/close"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/disputes/{dispute}/close", runtime::decode_json)
            .await
    }
}
impl crate::resources::EphemeralKeys<'_> {
    #[cfg(feature = "ephemeral_key")]
    /// Creates a short-lived API key for a given resource.
    ///
    /// `POST /v1/ephemeral_keys`
    pub async fn create(
        &self,
        body: Option<&models::EphemeralKeyCreateParams>,
    ) -> Result<models::EphemeralKey, runtime::Error<EphemeralKeyCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "ephemeral_key")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::EphemeralKeyCreateParams>,
    ) -> Result<
        runtime::Response<models::EphemeralKey>,
        runtime::Error<EphemeralKeyCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/ephemeral_keys")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/ephemeral_keys", runtime::decode_json)
            .await
    }
    #[cfg(feature = "ephemeral_key")]
    /// Invalidates a short-lived API key for a given resource.
    ///
    /// `DELETE /v1/ephemeral_keys/{key}`
    pub async fn delete(
        &self,
        key: &str,
        body: Option<&models::EphemeralKeyDeleteParams>,
    ) -> Result<models::EphemeralKey, runtime::Error<EphemeralKeyDeleteError>> {
        self.delete_with_response(key, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "ephemeral_key")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        key: &str,
        body: Option<&models::EphemeralKeyDeleteParams>,
    ) -> Result<
        runtime::Response<models::EphemeralKey>,
        runtime::Error<EphemeralKeyDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/ephemeral_keys/"),
            runtime::encode_path_segment(key)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/ephemeral_keys/{key}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Events<'_> {
    #[cfg(feature = "event")]
    /// List events, going back up to 30 days. Each event data is rendered according to Stripe API version at its creation time, specified in event object `api_version` attribute (not according to your current Stripe API version or `Stripe-Version` header).
    ///
    /// `GET /v1/events`
    pub async fn list(
        &self,
        params: &EventListParams,
    ) -> Result<models::EventListResponse, runtime::Error<EventListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "event")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &EventListParams,
    ) -> Result<
        runtime::Response<models::EventListResponse>,
        runtime::Error<EventListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/events")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "delivery_success",
            &params.delivery_success,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "types",
            &params.types,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/events", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "event")]
    pub fn list_stream(
        &self,
        params: &EventListParams,
    ) -> runtime::Paginator<models::Event, EventListError> {
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
                    let response = client.events().list_with_response(&params).await?;
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
    #[cfg(feature = "event")]
    /// Retrieves the details of an event. Supply the unique identifier of the event, which you might have received in a webhook.
    ///
    /// `GET /v1/events/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &EventRetrieveParams,
    ) -> Result<models::Event, runtime::Error<EventRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "event")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &EventRetrieveParams,
    ) -> Result<runtime::Response<models::Event>, runtime::Error<EventRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/events/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/events/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::ExchangeRates<'_> {
    #[cfg(feature = "exchange_rate")]
    /// Returns a list of objects that contain the rates at which foreign currencies are converted to one another. Only shows the currencies for which Stripe supports.
    ///
    /// `GET /v1/exchange_rates`
    pub async fn list(
        &self,
        params: &ExchangeRateListParams,
    ) -> Result<
        models::ExchangeRateListResponse,
        runtime::Error<ExchangeRateListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "exchange_rate")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &ExchangeRateListParams,
    ) -> Result<
        runtime::Response<models::ExchangeRateListResponse>,
        runtime::Error<ExchangeRateListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/exchange_rates")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/exchange_rates", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "exchange_rate")]
    pub fn list_stream(
        &self,
        params: &ExchangeRateListParams,
    ) -> runtime::Paginator<models::ExchangeRate, ExchangeRateListError> {
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
                        .exchange_rates()
                        .list_with_response(&params)
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
    #[cfg(feature = "exchange_rate")]
    /// Retrieves the exchange rates from the given currency to every supported currency.
    ///
    /// `GET /v1/exchange_rates/{rate_id}`
    pub async fn retrieve(
        &self,
        rate_id: &str,
        params: &ExchangeRateRetrieveParams,
    ) -> Result<models::ExchangeRate, runtime::Error<ExchangeRateRetrieveError>> {
        self.retrieve_with_response(rate_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "exchange_rate")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        rate_id: &str,
        params: &ExchangeRateRetrieveParams,
    ) -> Result<
        runtime::Response<models::ExchangeRate>,
        runtime::Error<ExchangeRateRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/exchange_rates/"),
            runtime::encode_path_segment(rate_id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/exchange_rates/{rate_id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::FileLinks<'_> {
    #[cfg(feature = "file_link")]
    /// Returns a list of file links.
    ///
    /// `GET /v1/file_links`
    pub async fn list(
        &self,
        params: &FileLinkListParams,
    ) -> Result<models::FileLinkListResponse, runtime::Error<FileLinkListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "file_link")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &FileLinkListParams,
    ) -> Result<
        runtime::Response<models::FileLinkListResponse>,
        runtime::Error<FileLinkListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/file_links")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "expired",
            &params.expired,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "file",
            &params.file,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/file_links", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "file_link")]
    pub fn list_stream(
        &self,
        params: &FileLinkListParams,
    ) -> runtime::Paginator<models::FileLink, FileLinkListError> {
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
                        .file_links()
                        .list_with_response(&params)
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
    #[cfg(feature = "file_link")]
    /// Creates a new file link object.
    ///
    /// `POST /v1/file_links`
    pub async fn create(
        &self,
        body: &models::FileLinkCreateParams,
    ) -> Result<models::FileLink, runtime::Error<FileLinkCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "file_link")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::FileLinkCreateParams,
    ) -> Result<
        runtime::Response<models::FileLink>,
        runtime::Error<FileLinkCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/file_links")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/file_links", runtime::decode_json)
            .await
    }
    #[cfg(feature = "file_link")]
    /// Retrieves the file link with the given ID.
    ///
    /// `GET /v1/file_links/{link}`
    pub async fn retrieve(
        &self,
        link: &str,
        params: &FileLinkRetrieveParams,
    ) -> Result<models::FileLink, runtime::Error<FileLinkRetrieveError>> {
        self.retrieve_with_response(link, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "file_link")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        link: &str,
        params: &FileLinkRetrieveParams,
    ) -> Result<
        runtime::Response<models::FileLink>,
        runtime::Error<FileLinkRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/file_links/"),
            runtime::encode_path_segment(link)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/file_links/{link}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "file_link")]
    /// Updates an existing file link object. Expired links can no longer be updated.
    ///
    /// `POST /v1/file_links/{link}`
    pub async fn update(
        &self,
        link: &str,
        body: Option<&models::FileLinkUpdateParams>,
    ) -> Result<models::FileLink, runtime::Error<FileLinkUpdateError>> {
        self.update_with_response(link, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "file_link")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        link: &str,
        body: Option<&models::FileLinkUpdateParams>,
    ) -> Result<
        runtime::Response<models::FileLink>,
        runtime::Error<FileLinkUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/file_links/"),
            runtime::encode_path_segment(link)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/file_links/{link}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Files<'_> {
    #[cfg(feature = "file")]
    /// Returns a list of the files that your account has access to. The files are returned sorted by creation date, with the most recently created files appearing first.
    ///
    /// `GET /v1/files`
    pub async fn list(
        &self,
        params: &FileListParams,
    ) -> Result<models::FileListResponse, runtime::Error<FileListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "file")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &FileListParams,
    ) -> Result<
        runtime::Response<models::FileListResponse>,
        runtime::Error<FileListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/files")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "purpose",
            &params.purpose,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/files", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "file")]
    pub fn list_stream(
        &self,
        params: &FileListParams,
    ) -> runtime::Paginator<models::File, FileListError> {
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
                    let response = client.files().list_with_response(&params).await?;
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
    #[cfg(feature = "file")]
    /// To upload a file to Stripe, you’ll need to send a request of type `multipart/form-data`. The request should contain the file you would like to upload, as well as the parameters for creating a file.
    ///
    /// All of Stripe’s officially supported Client libraries should have support for sending `multipart/form-data`.
    ///
    /// `POST /v1/files`
    pub async fn create(
        &self,
        body: &models::FileCreateParams,
    ) -> Result<models::File, runtime::Error<FileCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "file")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::FileCreateParams,
    ) -> Result<runtime::Response<models::File>, runtime::Error<FileCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/files")].concat();
        let request = self
            .client
            .transport
            .request_to(
                "https://files.stripe.com",
                crate::DEFAULT_BASE_URL,
                reqwest::Method::POST,
                &path,
            );
        let request = runtime::multipart_body(
            request,
            body,
            &std::iter::empty()
                .chain(
                    std::iter::once(&body.file)
                        .map(|file| runtime::FilePart {
                            name: "file",
                            file_name: &file.file_name,
                            content_type: file.content_type.as_deref(),
                            bytes: &file.bytes,
                        }),
                )
                .collect::<Vec<runtime::FilePart<'_>>>(),
        )?;
        self.client.transport.execute(request, "/v1/files", runtime::decode_json).await
    }
    #[cfg(feature = "file")]
    /// Retrieves the details of an existing file object. Supply the unique file ID from a file, and Stripe will return the corresponding file object. To access file contents, see the File Upload Guide.
    ///
    /// `GET /v1/files/{file}`
    pub async fn retrieve(
        &self,
        file: &str,
        params: &FileRetrieveParams,
    ) -> Result<models::File, runtime::Error<FileRetrieveError>> {
        self.retrieve_with_response(file, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "file")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        file: &str,
        params: &FileRetrieveParams,
    ) -> Result<runtime::Response<models::File>, runtime::Error<FileRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/files/"),
            runtime::encode_path_segment(file)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/files/{file}", runtime::decode_json)
            .await
    }
}
impl crate::resources::IdentityVerificationReports<'_> {
    #[cfg(feature = "identity_verification_report")]
    /// List all verification reports.
    ///
    /// `GET /v1/identity/verification_reports`
    pub async fn list(
        &self,
        params: &IdentityVerificationReportListParams,
    ) -> Result<
        models::IdentityVerificationReportListResponse,
        runtime::Error<IdentityVerificationReportListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "identity_verification_report")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IdentityVerificationReportListParams,
    ) -> Result<
        runtime::Response<models::IdentityVerificationReportListResponse>,
        runtime::Error<IdentityVerificationReportListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/identity/verification_reports")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "verification_session",
            &params.verification_session,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/identity/verification_reports", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "identity_verification_report")]
    pub fn list_stream(
        &self,
        params: &IdentityVerificationReportListParams,
    ) -> runtime::Paginator<
        models::IdentityVerificationReport,
        IdentityVerificationReportListError,
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
                        .identity()
                        .verification_reports()
                        .list_with_response(&params)
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
    #[cfg(feature = "identity_verification_report")]
    /// Retrieves an existing VerificationReport
    ///
    /// `GET /v1/identity/verification_reports/{report}`
    pub async fn retrieve(
        &self,
        report: &str,
        params: &IdentityVerificationReportRetrieveParams,
    ) -> Result<
        models::IdentityVerificationReport,
        runtime::Error<IdentityVerificationReportRetrieveError>,
    > {
        self.retrieve_with_response(report, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "identity_verification_report")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        report: &str,
        params: &IdentityVerificationReportRetrieveParams,
    ) -> Result<
        runtime::Response<models::IdentityVerificationReport>,
        runtime::Error<IdentityVerificationReportRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/identity/verification_reports/"),
            runtime::encode_path_segment(report)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/identity/verification_reports/{report}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::IdentityVerificationSessions<'_> {
    #[cfg(feature = "identity_verification_session")]
    /// Returns a list of VerificationSessions
    ///
    /// `GET /v1/identity/verification_sessions`
    pub async fn list(
        &self,
        params: &IdentityVerificationSessionListParams,
    ) -> Result<
        models::IdentityVerificationSessionListResponse,
        runtime::Error<IdentityVerificationSessionListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "identity_verification_session")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IdentityVerificationSessionListParams,
    ) -> Result<
        runtime::Response<models::IdentityVerificationSessionListResponse>,
        runtime::Error<IdentityVerificationSessionListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/identity/verification_sessions")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/identity/verification_sessions", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "identity_verification_session")]
    pub fn list_stream(
        &self,
        params: &IdentityVerificationSessionListParams,
    ) -> runtime::Paginator<
        models::IdentityVerificationSession,
        IdentityVerificationSessionListError,
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
                        .identity()
                        .verification_sessions()
                        .list_with_response(&params)
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
    #[cfg(feature = "identity_verification_session")]
    /// Creates a VerificationSession object.
    ///
    /// After the VerificationSession is created, display a verification modal using the session `client_secret` or send your users to the session’s `url`.
    ///
    /// If your API key is in test mode, verification checks won’t actually process, though everything else will occur as if in live mode.
    ///
    /// Related guide: Verify your users’ identity documents.
    ///
    /// `POST /v1/identity/verification_sessions`
    pub async fn create(
        &self,
        body: &models::IdentityVerificationSessionCreateParams,
    ) -> Result<
        models::IdentityVerificationSession,
        runtime::Error<IdentityVerificationSessionCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "identity_verification_session")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::IdentityVerificationSessionCreateParams,
    ) -> Result<
        runtime::Response<models::IdentityVerificationSession>,
        runtime::Error<IdentityVerificationSessionCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/identity/verification_sessions")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/identity/verification_sessions", runtime::decode_json)
            .await
    }
    #[cfg(feature = "identity_verification_session")]
    /// Retrieves the details of a VerificationSession that was previously created.
    ///
    /// When the session status is `requires_input`, you can use this method to retrieve a valid
    /// `client_secret` or `url` to allow re-submission.
    ///
    /// `GET /v1/identity/verification_sessions/{session}`
    pub async fn retrieve(
        &self,
        session: &str,
        params: &IdentityVerificationSessionRetrieveParams,
    ) -> Result<
        models::IdentityVerificationSession,
        runtime::Error<IdentityVerificationSessionRetrieveError>,
    > {
        self.retrieve_with_response(session, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "identity_verification_session")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        session: &str,
        params: &IdentityVerificationSessionRetrieveParams,
    ) -> Result<
        runtime::Response<models::IdentityVerificationSession>,
        runtime::Error<IdentityVerificationSessionRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/identity/verification_sessions/"),
            runtime::encode_path_segment(session)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/identity/verification_sessions/{session}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "identity_verification_session")]
    /// Updates a VerificationSession object.
    ///
    /// When the session status is `requires_input`, you can use this method to update the
    /// verification check and options.
    ///
    /// `POST /v1/identity/verification_sessions/{session}`
    pub async fn update(
        &self,
        session: &str,
        body: Option<&models::IdentityVerificationSessionUpdateParams>,
    ) -> Result<
        models::IdentityVerificationSession,
        runtime::Error<IdentityVerificationSessionUpdateError>,
    > {
        self.update_with_response(session, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "identity_verification_session")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        session: &str,
        body: Option<&models::IdentityVerificationSessionUpdateParams>,
    ) -> Result<
        runtime::Response<models::IdentityVerificationSession>,
        runtime::Error<IdentityVerificationSessionUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/identity/verification_sessions/"),
            runtime::encode_path_segment(session)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/identity/verification_sessions/{session}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "identity_verification_session")]
    /// A VerificationSession object can be canceled when it is in `requires_input` status.
    ///
    /// Once canceled, future submission attempts are disabled. This cannot be undone. Learn more.
    ///
    /// `POST /v1/identity/verification_sessions/{session}/cancel`
    pub async fn cancel(
        &self,
        session: &str,
        body: Option<&models::IdentityVerificationSessionCancelParams>,
    ) -> Result<
        models::IdentityVerificationSession,
        runtime::Error<IdentityVerificationSessionCancelError>,
    > {
        self.cancel_with_response(session, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "identity_verification_session")]
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
        &self,
        session: &str,
        body: Option<&models::IdentityVerificationSessionCancelParams>,
    ) -> Result<
        runtime::Response<models::IdentityVerificationSession>,
        runtime::Error<IdentityVerificationSessionCancelError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/identity/verification_sessions/"),
            runtime::encode_path_segment(session)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/identity/verification_sessions/{session}/cancel",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "identity_verification_session")]
    /// Redact a VerificationSession to remove all collected information from Stripe. This will redact
    /// the VerificationSession and all objects related to it, including VerificationReports, Events,
    /// request logs, etc.
    ///
    /// A VerificationSession object can be redacted when it is in `requires_input` or `verified`
    /// status. Redacting a VerificationSession in `requires_action`
    /// state will automatically cancel it.
    ///
    /// The redaction process may take up to four days. When the redaction process is in progress, the
    /// VerificationSession’s `redaction.status` field will be set to `processing`; when the process is
    /// finished, it will change to `redacted` and an `identity.verification_session.redacted` event
    /// will be emitted.
    ///
    /// Redaction is irreversible. Redacted objects are still accessible in the Stripe API, but all the
    /// fields that contain personal data will be replaced by the string `[redacted]` or a similar
    /// placeholder. The `metadata` field will also be erased. Redacted objects cannot be updated or
    /// used for any purpose.
    ///
    /// Learn more.
    ///
    /// `POST /v1/identity/verification_sessions/{session}/redact`
    pub async fn redact(
        &self,
        session: &str,
        body: Option<&models::IdentityVerificationSessionRedactParams>,
    ) -> Result<
        models::IdentityVerificationSession,
        runtime::Error<IdentityVerificationSessionRedactError>,
    > {
        self.redact_with_response(session, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "identity_verification_session")]
    /// Like [`redact`](Self::redact), with the response's status, headers and request id.
    pub async fn redact_with_response(
        &self,
        session: &str,
        body: Option<&models::IdentityVerificationSessionRedactParams>,
    ) -> Result<
        runtime::Response<models::IdentityVerificationSession>,
        runtime::Error<IdentityVerificationSessionRedactError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/identity/verification_sessions/"),
            runtime::encode_path_segment(session)?,
            std::borrow::Cow::Borrowed("/redact"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/identity/verification_sessions/{session}/redact",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Invoiceitems<'_> {
    #[cfg(feature = "invoiceitem")]
    /// Returns a list of your invoice items. Invoice items are returned sorted by creation date, with the most recently created invoice items appearing first.
    ///
    /// `GET /v1/invoiceitems`
    pub async fn list(
        &self,
        params: &InvoiceitemListParams,
    ) -> Result<models::InvoiceitemListResponse, runtime::Error<InvoiceitemListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoiceitem")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &InvoiceitemListParams,
    ) -> Result<
        runtime::Response<models::InvoiceitemListResponse>,
        runtime::Error<InvoiceitemListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/invoiceitems")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "invoice",
            &params.invoice,
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
            "pending",
            &params.pending,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/invoiceitems", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "invoiceitem")]
    pub fn list_stream(
        &self,
        params: &InvoiceitemListParams,
    ) -> runtime::Paginator<models::Invoiceitem, InvoiceitemListError> {
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
                        .invoiceitems()
                        .list_with_response(&params)
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
    #[cfg(feature = "invoiceitem")]
    /// Creates an item to be added to a draft invoice (up to 250 items per invoice). If no invoice is specified, the item will be on the next invoice created for the customer specified.
    ///
    /// `POST /v1/invoiceitems`
    pub async fn create(
        &self,
        body: &models::InvoiceitemCreateParams,
    ) -> Result<models::Invoiceitem, runtime::Error<InvoiceitemCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoiceitem")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::InvoiceitemCreateParams,
    ) -> Result<
        runtime::Response<models::Invoiceitem>,
        runtime::Error<InvoiceitemCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/invoiceitems")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/invoiceitems", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoiceitem")]
    /// Retrieves the invoice item with the given ID.
    ///
    /// `GET /v1/invoiceitems/{invoiceitem}`
    pub async fn retrieve(
        &self,
        invoiceitem: &str,
        params: &InvoiceitemRetrieveParams,
    ) -> Result<models::Invoiceitem, runtime::Error<InvoiceitemRetrieveError>> {
        self.retrieve_with_response(invoiceitem, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoiceitem")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        invoiceitem: &str,
        params: &InvoiceitemRetrieveParams,
    ) -> Result<
        runtime::Response<models::Invoiceitem>,
        runtime::Error<InvoiceitemRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoiceitems/"),
            runtime::encode_path_segment(invoiceitem)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/invoiceitems/{invoiceitem}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoiceitem")]
    /// Updates the amount or description of an invoice item on an upcoming invoice. Updating an invoice item is only possible before the invoice it’s attached to is closed.
    ///
    /// `POST /v1/invoiceitems/{invoiceitem}`
    pub async fn update(
        &self,
        invoiceitem: &str,
        body: Option<&models::InvoiceitemUpdateParams>,
    ) -> Result<models::Invoiceitem, runtime::Error<InvoiceitemUpdateError>> {
        self.update_with_response(invoiceitem, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoiceitem")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        invoiceitem: &str,
        body: Option<&models::InvoiceitemUpdateParams>,
    ) -> Result<
        runtime::Response<models::Invoiceitem>,
        runtime::Error<InvoiceitemUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoiceitems/"),
            runtime::encode_path_segment(invoiceitem)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/invoiceitems/{invoiceitem}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoiceitem")]
    /// Deletes an invoice item, removing it from an invoice. Deleting invoice items is only possible when they’re not attached to invoices, or if it’s attached to a draft invoice.
    ///
    /// `DELETE /v1/invoiceitems/{invoiceitem}`
    pub async fn delete(
        &self,
        invoiceitem: &str,
    ) -> Result<models::DeletedInvoiceitem, runtime::Error<InvoiceitemDeleteError>> {
        self.delete_with_response(invoiceitem).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoiceitem")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        invoiceitem: &str,
    ) -> Result<
        runtime::Response<models::DeletedInvoiceitem>,
        runtime::Error<InvoiceitemDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoiceitems/"),
            runtime::encode_path_segment(invoiceitem)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/invoiceitems/{invoiceitem}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Invoices<'_> {
    #[cfg(feature = "invoice")]
    /// You can list all invoices, or list the invoices for a specific customer. The invoices are returned sorted by creation date, with the most recently created invoices appearing first.
    ///
    /// `GET /v1/invoices`
    pub async fn list(
        &self,
        params: &InvoiceListParams,
    ) -> Result<models::InvoiceListResponse, runtime::Error<InvoiceListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &InvoiceListParams,
    ) -> Result<
        runtime::Response<models::InvoiceListResponse>,
        runtime::Error<InvoiceListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/invoices")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "collection_method",
            &params.collection_method,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "due_date",
            &params.due_date,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription",
            &params.subscription,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/invoices", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "invoice")]
    pub fn list_stream(
        &self,
        params: &InvoiceListParams,
    ) -> runtime::Paginator<models::Invoice, InvoiceListError> {
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
                    let response = client.invoices().list_with_response(&params).await?;
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
    #[cfg(feature = "invoice")]
    /// This endpoint creates a draft invoice for a given customer. The draft invoice created pulls in all pending invoice items on that customer, including prorations. The invoice remains a draft until you finalize the invoice, which allows you to pay or send the invoice to your customers.
    ///
    /// `POST /v1/invoices`
    pub async fn create(
        &self,
        body: &models::InvoiceCreateParams,
    ) -> Result<models::Invoice, runtime::Error<InvoiceCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::InvoiceCreateParams,
    ) -> Result<runtime::Response<models::Invoice>, runtime::Error<InvoiceCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/invoices")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/invoices", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoice")]
    /// Retrieves the invoice with the given ID.
    ///
    /// `GET /v1/invoices/{invoice}`
    pub async fn retrieve(
        &self,
        invoice: &str,
        params: &InvoiceRetrieveParams,
    ) -> Result<models::Invoice, runtime::Error<InvoiceRetrieveError>> {
        self.retrieve_with_response(invoice, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        invoice: &str,
        params: &InvoiceRetrieveParams,
    ) -> Result<
        runtime::Response<models::Invoice>,
        runtime::Error<InvoiceRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/invoices/{invoice}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoice")]
    /// Draft invoices are fully editable. Once an invoice is finalized,
    /// monetary values, as well as `collection_method`, become uneditable.
    ///
    /// If you would like to stop the Stripe Billing engine from automatically finalizing, reattempting payments on,
    /// sending reminders for, or automatically reconciling invoices, pass
    /// `auto_advance=false`.
    ///
    /// `POST /v1/invoices/{invoice}`
    pub async fn update(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceUpdateParams>,
    ) -> Result<models::Invoice, runtime::Error<InvoiceUpdateError>> {
        self.update_with_response(invoice, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceUpdateParams>,
    ) -> Result<runtime::Response<models::Invoice>, runtime::Error<InvoiceUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/invoices/{invoice}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoice")]
    /// Permanently deletes a one-off invoice draft. This cannot be undone. Attempts to delete invoices that are no longer in a draft state will fail; once an invoice has been finalized or if an invoice is for a subscription, it must be voided.
    ///
    /// `DELETE /v1/invoices/{invoice}`
    pub async fn delete(
        &self,
        invoice: &str,
    ) -> Result<models::DeletedInvoice, runtime::Error<InvoiceDeleteError>> {
        self.delete_with_response(invoice).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        invoice: &str,
    ) -> Result<
        runtime::Response<models::DeletedInvoice>,
        runtime::Error<InvoiceDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/invoices/{invoice}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoice")]
    /// Stripe automatically finalizes drafts before sending and attempting payment on invoices. However, if you’d like to finalize a draft invoice manually, you can do so using this method.
    ///
    /// `POST /v1/invoices/{invoice}/finalize`
    pub async fn finalize(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceFinalizeParams>,
    ) -> Result<models::Invoice, runtime::Error<InvoiceFinalizeError>> {
        self.finalize_with_response(invoice, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`finalize`](Self::finalize), with the response's status, headers and request id.
    pub async fn finalize_with_response(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceFinalizeParams>,
    ) -> Result<
        runtime::Response<models::Invoice>,
        runtime::Error<InvoiceFinalizeError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
            std::borrow::Cow::Borrowed("/finalize"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/invoices/{invoice}/finalize", runtime::decode_json)
            .await
    }
    #[cfg(feature = "line_item")]
    /// When retrieving an invoice, you’ll get a **lines** property containing the total count of line items and the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.
    ///
    /// `GET /v1/invoices/{invoice}/lines`
    pub async fn lines(
        &self,
        invoice: &str,
        params: &InvoiceLinesParams,
    ) -> Result<models::InvoiceLinesResponse, runtime::Error<InvoiceLinesError>> {
        self.lines_with_response(invoice, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "line_item")]
    /// Like [`lines`](Self::lines), with the response's status, headers and request id.
    pub async fn lines_with_response(
        &self,
        invoice: &str,
        params: &InvoiceLinesParams,
    ) -> Result<
        runtime::Response<models::InvoiceLinesResponse>,
        runtime::Error<InvoiceLinesError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
            std::borrow::Cow::Borrowed("/lines"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/invoices/{invoice}/lines", runtime::decode_json)
            .await
    }
    /// Every item of [`lines`](Self::lines), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "line_item")]
    pub fn lines_stream(
        &self,
        invoice: &str,
        params: &InvoiceLinesParams,
    ) -> runtime::Paginator<models::LineItem, InvoiceLinesError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let invoice = invoice.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let invoice = invoice.clone();
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
                        .invoices()
                        .lines_with_response(&invoice, &params)
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
    #[cfg(feature = "invoice")]
    /// Marking an invoice as uncollectible is useful for keeping track of bad debts that can be written off for accounting purposes.
    ///
    /// `POST /v1/invoices/{invoice}/mark_uncollectible`
    pub async fn mark_uncollectible(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceMarkUncollectibleParams>,
    ) -> Result<models::Invoice, runtime::Error<InvoiceMarkUncollectibleError>> {
        self.mark_uncollectible_with_response(invoice, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`mark_uncollectible`](Self::mark_uncollectible), with the response's status, headers and request id.
    pub async fn mark_uncollectible_with_response(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceMarkUncollectibleParams>,
    ) -> Result<
        runtime::Response<models::Invoice>,
        runtime::Error<InvoiceMarkUncollectibleError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
            std::borrow::Cow::Borrowed("/mark_uncollectible"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/invoices/{invoice}/mark_uncollectible",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "invoice")]
    /// Stripe automatically creates and then attempts to collect payment on invoices for customers on subscriptions according to your [subscriptions settings](https://dashboard.stripe.com/account/billing/automatic). However, if you’d like to attempt payment on an invoice out of the normal collection schedule or for some other reason, you can do so.
    ///
    /// `POST /v1/invoices/{invoice}/pay`
    pub async fn pay(
        &self,
        invoice: &str,
        body: Option<&models::InvoicePayParams>,
    ) -> Result<models::Invoice, runtime::Error<InvoicePayError>> {
        self.pay_with_response(invoice, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`pay`](Self::pay), with the response's status, headers and request id.
    pub async fn pay_with_response(
        &self,
        invoice: &str,
        body: Option<&models::InvoicePayParams>,
    ) -> Result<runtime::Response<models::Invoice>, runtime::Error<InvoicePayError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
            std::borrow::Cow::Borrowed("/pay"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/invoices/{invoice}/pay", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoice")]
    /// Stripe will automatically send invoices to customers according to your [subscriptions settings](https://dashboard.stripe.com/account/billing/automatic). However, if you’d like to manually send an invoice to your customer out of the normal schedule, you can do so. When sending invoices that have already been paid, there will be no reference to the payment in the email.
    ///
    /// Requests made in test-mode result in no emails being sent, despite sending an `invoice.sent` event.
    ///
    /// `POST /v1/invoices/{invoice}/send`
    pub async fn send(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceSendParams>,
    ) -> Result<models::Invoice, runtime::Error<InvoiceSendError>> {
        self.send_with_response(invoice, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`send`](Self::send), with the response's status, headers and request id.
    pub async fn send_with_response(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceSendParams>,
    ) -> Result<runtime::Response<models::Invoice>, runtime::Error<InvoiceSendError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
            std::borrow::Cow::Borrowed("/send"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/invoices/{invoice}/send", runtime::decode_json)
            .await
    }
    #[cfg(feature = "invoice")]
    /// Mark a finalized invoice as void. This cannot be undone. Voiding an invoice is similar to deletion, however it only applies to finalized invoices and maintains a papertrail where the invoice can still be found.
    ///
    /// `POST /v1/invoices/{invoice}/void`
    pub async fn void(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceVoidParams>,
    ) -> Result<models::Invoice, runtime::Error<InvoiceVoidError>> {
        self.void_with_response(invoice, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`void`](Self::void), with the response's status, headers and request id.
    pub async fn void_with_response(
        &self,
        invoice: &str,
        body: Option<&models::InvoiceVoidParams>,
    ) -> Result<runtime::Response<models::Invoice>, runtime::Error<InvoiceVoidError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/invoices/"),
            runtime::encode_path_segment(invoice)?,
            std::borrow::Cow::Borrowed("/void"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/invoices/{invoice}/void", runtime::decode_json)
            .await
    }
}
impl crate::resources::InvoicesUpcoming<'_> {
    #[cfg(feature = "invoice")]
    /// At any time, you can preview the upcoming invoice for a customer. This will show you all the charges that are pending, including subscription renewal charges, invoice item charges, etc. It will also show you any discounts that are applicable to the invoice.
    ///
    /// Note that when you are viewing an upcoming invoice, you are simply viewing a preview – the invoice has not yet been created. As such, the upcoming invoice will not show up in invoice listing calls, and you cannot use the API to pay or edit the invoice. If you want to change the amount that your customer will be billed, you can add, remove, or update pending invoice items, or update the customer’s discount.
    ///
    /// You can preview the effects of updating a subscription, including a preview of what proration will take place. To ensure that the actual proration is calculated exactly the same as the previewed proration, you should pass a `proration_date` parameter when doing the actual subscription update. The value passed in should be the same as the `subscription_proration_date` returned on the upcoming invoice resource. The recommended way to get only the prorations being previewed is to consider only proration line items where `period[start]` is equal to the `subscription_proration_date` on the upcoming invoice resource.
    ///
    /// `GET /v1/invoices/upcoming`
    pub async fn retrieve(
        &self,
        params: &InvoiceUpcomingParams,
    ) -> Result<models::Invoice, runtime::Error<InvoiceUpcomingError>> {
        self.retrieve_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "invoice")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        params: &InvoiceUpcomingParams,
    ) -> Result<
        runtime::Response<models::Invoice>,
        runtime::Error<InvoiceUpcomingError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/invoices/upcoming")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "automatic_tax",
            &params.automatic_tax,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "coupon",
            &params.coupon,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "customer_details",
            &params.customer_details,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "discounts",
            &params.discounts,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "invoice_items",
            &params.invoice_items,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "schedule",
            &params.schedule,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription",
            &params.subscription,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_billing_cycle_anchor",
            &params.subscription_billing_cycle_anchor,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_cancel_at",
            &params.subscription_cancel_at,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_cancel_at_period_end",
            &params.subscription_cancel_at_period_end,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_cancel_now",
            &params.subscription_cancel_now,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_default_tax_rates",
            &params.subscription_default_tax_rates,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_items",
            &params.subscription_items,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_proration_behavior",
            &params.subscription_proration_behavior,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_proration_date",
            &params.subscription_proration_date,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_start_date",
            &params.subscription_start_date,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_trial_end",
            &params.subscription_trial_end,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_trial_from_plan",
            &params.subscription_trial_from_plan,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/invoices/upcoming", runtime::decode_json)
            .await
    }
    #[cfg(feature = "line_item")]
    /// When retrieving an upcoming invoice, you’ll get a **lines** property containing the total count of line items and the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.
    ///
    /// `GET /v1/invoices/upcoming/lines`
    pub async fn lines(
        &self,
        params: &InvoiceUpcomingLinesParams,
    ) -> Result<
        models::InvoiceUpcomingLinesResponse,
        runtime::Error<InvoiceUpcomingLinesError>,
    > {
        self.lines_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "line_item")]
    /// Like [`lines`](Self::lines), with the response's status, headers and request id.
    pub async fn lines_with_response(
        &self,
        params: &InvoiceUpcomingLinesParams,
    ) -> Result<
        runtime::Response<models::InvoiceUpcomingLinesResponse>,
        runtime::Error<InvoiceUpcomingLinesError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/invoices/upcoming/lines")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "automatic_tax",
            &params.automatic_tax,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "coupon",
            &params.coupon,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "customer_details",
            &params.customer_details,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "discounts",
            &params.discounts,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "invoice_items",
            &params.invoice_items,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "schedule",
            &params.schedule,
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
            "subscription",
            &params.subscription,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_billing_cycle_anchor",
            &params.subscription_billing_cycle_anchor,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_cancel_at",
            &params.subscription_cancel_at,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_cancel_at_period_end",
            &params.subscription_cancel_at_period_end,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_cancel_now",
            &params.subscription_cancel_now,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_default_tax_rates",
            &params.subscription_default_tax_rates,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_items",
            &params.subscription_items,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_proration_behavior",
            &params.subscription_proration_behavior,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_proration_date",
            &params.subscription_proration_date,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_start_date",
            &params.subscription_start_date,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_trial_end",
            &params.subscription_trial_end,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "subscription_trial_from_plan",
            &params.subscription_trial_from_plan,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/invoices/upcoming/lines", runtime::decode_json)
            .await
    }
    /// Every item of [`lines`](Self::lines), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "line_item")]
    pub fn lines_stream(
        &self,
        params: &InvoiceUpcomingLinesParams,
    ) -> runtime::Paginator<models::LineItem, InvoiceUpcomingLinesError> {
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
                        .invoices()
                        .upcoming()
                        .lines_with_response(&params)
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
impl crate::resources::IssuerFraudRecords<'_> {
    #[cfg(feature = "issuer_fraud_record")]
    /// Returns a list of issuer fraud records.
    ///
    /// `GET /v1/issuer_fraud_records`
    pub async fn list(
        &self,
        params: &IssuerFraudRecordListParams,
    ) -> Result<
        models::IssuerFraudRecordListResponse,
        runtime::Error<IssuerFraudRecordListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuer_fraud_record")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IssuerFraudRecordListParams,
    ) -> Result<
        runtime::Response<models::IssuerFraudRecordListResponse>,
        runtime::Error<IssuerFraudRecordListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuer_fraud_records")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "charge",
            &params.charge,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuer_fraud_records", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "issuer_fraud_record")]
    pub fn list_stream(
        &self,
        params: &IssuerFraudRecordListParams,
    ) -> runtime::Paginator<models::IssuerFraudRecord, IssuerFraudRecordListError> {
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
                        .issuer_fraud_records()
                        .list_with_response(&params)
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
    #[cfg(feature = "issuer_fraud_record")]
    /// Retrieves the details of an issuer fraud record that has previously been created.
    ///
    /// Please refer to the issuer fraud record object reference for more details.
    ///
    /// `GET /v1/issuer_fraud_records/{issuer_fraud_record}`
    pub async fn retrieve(
        &self,
        issuer_fraud_record: &str,
        params: &IssuerFraudRecordRetrieveParams,
    ) -> Result<
        models::IssuerFraudRecord,
        runtime::Error<IssuerFraudRecordRetrieveError>,
    > {
        self.retrieve_with_response(issuer_fraud_record, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuer_fraud_record")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        issuer_fraud_record: &str,
        params: &IssuerFraudRecordRetrieveParams,
    ) -> Result<
        runtime::Response<models::IssuerFraudRecord>,
        runtime::Error<IssuerFraudRecordRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuer_fraud_records/"),
            runtime::encode_path_segment(issuer_fraud_record)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/issuer_fraud_records/{issuer_fraud_record}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::IssuingAuthorizations<'_> {
    #[cfg(feature = "issuing_authorization")]
    /// Returns a list of Issuing `Authorization` objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/issuing/authorizations`
    pub async fn list(
        &self,
        params: &IssuingAuthorizationListParams,
    ) -> Result<
        models::IssuingAuthorizationListResponse,
        runtime::Error<IssuingAuthorizationListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_authorization")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IssuingAuthorizationListParams,
    ) -> Result<
        runtime::Response<models::IssuingAuthorizationListResponse>,
        runtime::Error<IssuingAuthorizationListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/authorizations")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "card",
            &params.card,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "cardholder",
            &params.cardholder,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuing/authorizations", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "issuing_authorization")]
    pub fn list_stream(
        &self,
        params: &IssuingAuthorizationListParams,
    ) -> runtime::Paginator<
        models::IssuingAuthorization,
        IssuingAuthorizationListError,
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
                        .issuing()
                        .authorizations()
                        .list_with_response(&params)
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
    #[cfg(feature = "issuing_authorization")]
    /// Retrieves an Issuing `Authorization` object.
    ///
    /// `GET /v1/issuing/authorizations/{authorization}`
    pub async fn retrieve(
        &self,
        authorization: &str,
        params: &IssuingAuthorizationRetrieveParams,
    ) -> Result<
        models::IssuingAuthorization,
        runtime::Error<IssuingAuthorizationRetrieveError>,
    > {
        self.retrieve_with_response(authorization, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_authorization")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        authorization: &str,
        params: &IssuingAuthorizationRetrieveParams,
    ) -> Result<
        runtime::Response<models::IssuingAuthorization>,
        runtime::Error<IssuingAuthorizationRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/authorizations/"),
            runtime::encode_path_segment(authorization)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/authorizations/{authorization}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "issuing_authorization")]
    /// Updates the specified Issuing `Authorization` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/issuing/authorizations/{authorization}`
    pub async fn update(
        &self,
        authorization: &str,
        body: Option<&models::IssuingAuthorizationUpdateParams>,
    ) -> Result<
        models::IssuingAuthorization,
        runtime::Error<IssuingAuthorizationUpdateError>,
    > {
        self.update_with_response(authorization, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_authorization")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        authorization: &str,
        body: Option<&models::IssuingAuthorizationUpdateParams>,
    ) -> Result<
        runtime::Response<models::IssuingAuthorization>,
        runtime::Error<IssuingAuthorizationUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/authorizations/"),
            runtime::encode_path_segment(authorization)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/authorizations/{authorization}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "issuing_authorization")]
    /// Approves a pending Issuing `Authorization` object. This request should be made within the timeout window of the real-time authorization flow.
    ///
    /// `POST /v1/issuing/authorizations/{authorization}/approve`
    pub async fn approve(
        &self,
        authorization: &str,
        body: Option<&models::IssuingAuthorizationApproveParams>,
    ) -> Result<
        models::IssuingAuthorization,
        runtime::Error<IssuingAuthorizationApproveError>,
    > {
        self.approve_with_response(authorization, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_authorization")]
    /// Like [`approve`](Self::approve), with the response's status, headers and request id.
    pub async fn approve_with_response(
        &self,
        authorization: &str,
        body: Option<&models::IssuingAuthorizationApproveParams>,
    ) -> Result<
        runtime::Response<models::IssuingAuthorization>,
        runtime::Error<IssuingAuthorizationApproveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/authorizations/"),
            runtime::encode_path_segment(authorization)?,
            std::borrow::Cow::Borrowed("/approve"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/authorizations/{authorization}/approve",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "issuing_authorization")]
    /// Declines a pending Issuing `Authorization` object. This request should be made within the timeout window of the real time authorization flow.
    ///
    /// `POST /v1/issuing/authorizations/{authorization}/decline`
    pub async fn decline(
        &self,
        authorization: &str,
        body: Option<&models::IssuingAuthorizationDeclineParams>,
    ) -> Result<
        models::IssuingAuthorization,
        runtime::Error<IssuingAuthorizationDeclineError>,
    > {
        self.decline_with_response(authorization, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_authorization")]
    /// Like [`decline`](Self::decline), with the response's status, headers and request id.
    pub async fn decline_with_response(
        &self,
        authorization: &str,
        body: Option<&models::IssuingAuthorizationDeclineParams>,
    ) -> Result<
        runtime::Response<models::IssuingAuthorization>,
        runtime::Error<IssuingAuthorizationDeclineError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/authorizations/"),
            runtime::encode_path_segment(authorization)?,
            std::borrow::Cow::Borrowed("/decline"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/authorizations/{authorization}/decline",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::IssuingCardholders<'_> {
    #[cfg(feature = "issuing_cardholder")]
    /// Returns a list of Issuing `Cardholder` objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/issuing/cardholders`
    pub async fn list(
        &self,
        params: &IssuingCardholderListParams,
    ) -> Result<
        models::IssuingCardholderListResponse,
        runtime::Error<IssuingCardholderListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_cardholder")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IssuingCardholderListParams,
    ) -> Result<
        runtime::Response<models::IssuingCardholderListResponse>,
        runtime::Error<IssuingCardholderListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/cardholders")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "email",
            &params.email,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "phone_number",
            &params.phone_number,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuing/cardholders", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "issuing_cardholder")]
    pub fn list_stream(
        &self,
        params: &IssuingCardholderListParams,
    ) -> runtime::Paginator<models::IssuingCardholder, IssuingCardholderListError> {
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
                        .issuing()
                        .cardholders()
                        .list_with_response(&params)
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
    #[cfg(feature = "issuing_cardholder")]
    /// Creates a new Issuing `Cardholder` object that can be issued cards.
    ///
    /// `POST /v1/issuing/cardholders`
    pub async fn create(
        &self,
        body: &models::IssuingCardholderCreateParams,
    ) -> Result<
        models::IssuingCardholder,
        runtime::Error<IssuingCardholderCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_cardholder")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::IssuingCardholderCreateParams,
    ) -> Result<
        runtime::Response<models::IssuingCardholder>,
        runtime::Error<IssuingCardholderCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/cardholders")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/issuing/cardholders", runtime::decode_json)
            .await
    }
    #[cfg(feature = "issuing_cardholder")]
    /// Retrieves an Issuing `Cardholder` object.
    ///
    /// `GET /v1/issuing/cardholders/{cardholder}`
    pub async fn retrieve(
        &self,
        cardholder: &str,
        params: &IssuingCardholderRetrieveParams,
    ) -> Result<
        models::IssuingCardholder,
        runtime::Error<IssuingCardholderRetrieveError>,
    > {
        self.retrieve_with_response(cardholder, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_cardholder")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        cardholder: &str,
        params: &IssuingCardholderRetrieveParams,
    ) -> Result<
        runtime::Response<models::IssuingCardholder>,
        runtime::Error<IssuingCardholderRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/cardholders/"),
            runtime::encode_path_segment(cardholder)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/cardholders/{cardholder}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "issuing_cardholder")]
    /// Updates the specified Issuing `Cardholder` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/issuing/cardholders/{cardholder}`
    pub async fn update(
        &self,
        cardholder: &str,
        body: Option<&models::IssuingCardholderUpdateParams>,
    ) -> Result<
        models::IssuingCardholder,
        runtime::Error<IssuingCardholderUpdateError>,
    > {
        self.update_with_response(cardholder, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_cardholder")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        cardholder: &str,
        body: Option<&models::IssuingCardholderUpdateParams>,
    ) -> Result<
        runtime::Response<models::IssuingCardholder>,
        runtime::Error<IssuingCardholderUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/cardholders/"),
            runtime::encode_path_segment(cardholder)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/cardholders/{cardholder}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::IssuingCards<'_> {
    #[cfg(feature = "issuing_card")]
    /// Returns a list of Issuing `Card` objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/issuing/cards`
    pub async fn list(
        &self,
        params: &IssuingCardListParams,
    ) -> Result<models::IssuingCardListResponse, runtime::Error<IssuingCardListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_card")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IssuingCardListParams,
    ) -> Result<
        runtime::Response<models::IssuingCardListResponse>,
        runtime::Error<IssuingCardListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/cards")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "cardholder",
            &params.cardholder,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "exp_month",
            &params.exp_month,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "exp_year",
            &params.exp_year,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "last4",
            &params.last4,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuing/cards", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "issuing_card")]
    pub fn list_stream(
        &self,
        params: &IssuingCardListParams,
    ) -> runtime::Paginator<models::IssuingCard, IssuingCardListError> {
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
                        .issuing()
                        .cards()
                        .list_with_response(&params)
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
    #[cfg(feature = "issuing_card")]
    /// Creates an Issuing `Card` object.
    ///
    /// `POST /v1/issuing/cards`
    pub async fn create(
        &self,
        body: &models::IssuingCardCreateParams,
    ) -> Result<models::IssuingCard, runtime::Error<IssuingCardCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_card")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::IssuingCardCreateParams,
    ) -> Result<
        runtime::Response<models::IssuingCard>,
        runtime::Error<IssuingCardCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/cards")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/issuing/cards", runtime::decode_json)
            .await
    }
    #[cfg(feature = "issuing_card")]
    /// Retrieves an Issuing `Card` object.
    ///
    /// `GET /v1/issuing/cards/{card}`
    pub async fn retrieve(
        &self,
        card: &str,
        params: &IssuingCardRetrieveParams,
    ) -> Result<models::IssuingCard, runtime::Error<IssuingCardRetrieveError>> {
        self.retrieve_with_response(card, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_card")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        card: &str,
        params: &IssuingCardRetrieveParams,
    ) -> Result<
        runtime::Response<models::IssuingCard>,
        runtime::Error<IssuingCardRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/cards/"),
            runtime::encode_path_segment(card)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuing/cards/{card}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "issuing_card")]
    /// Updates the specified Issuing `Card` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/issuing/cards/{card}`
    pub async fn update(
        &self,
        card: &str,
        body: Option<&models::IssuingCardUpdateParams>,
    ) -> Result<models::IssuingCard, runtime::Error<IssuingCardUpdateError>> {
        self.update_with_response(card, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_card")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        card: &str,
        body: Option<&models::IssuingCardUpdateParams>,
    ) -> Result<
        runtime::Response<models::IssuingCard>,
        runtime::Error<IssuingCardUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/cards/"),
            runtime::encode_path_segment(card)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/issuing/cards/{card}", runtime::decode_json)
            .await
    }
}
impl crate::resources::IssuingDisputes<'_> {
    #[cfg(feature = "issuing_dispute")]
    /// Returns a list of Issuing `Dispute` objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/issuing/disputes`
    pub async fn list(
        &self,
        params: &IssuingDisputeListParams,
    ) -> Result<
        models::IssuingDisputeListResponse,
        runtime::Error<IssuingDisputeListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_dispute")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IssuingDisputeListParams,
    ) -> Result<
        runtime::Response<models::IssuingDisputeListResponse>,
        runtime::Error<IssuingDisputeListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/disputes")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "transaction",
            &params.transaction,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuing/disputes", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "issuing_dispute")]
    pub fn list_stream(
        &self,
        params: &IssuingDisputeListParams,
    ) -> runtime::Paginator<models::IssuingDispute, IssuingDisputeListError> {
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
                        .issuing()
                        .disputes()
                        .list_with_response(&params)
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
    #[cfg(feature = "issuing_dispute")]
    /// Creates an Issuing `Dispute` object. Individual pieces of evidence within the `evidence` object are optional at this point. Stripe only validates that required evidence is present during submission. Refer to Dispute reasons and evidence for more details about evidence requirements.
    ///
    /// `POST /v1/issuing/disputes`
    pub async fn create(
        &self,
        body: &models::IssuingDisputeCreateParams,
    ) -> Result<models::IssuingDispute, runtime::Error<IssuingDisputeCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_dispute")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::IssuingDisputeCreateParams,
    ) -> Result<
        runtime::Response<models::IssuingDispute>,
        runtime::Error<IssuingDisputeCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/disputes")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/issuing/disputes", runtime::decode_json)
            .await
    }
    #[cfg(feature = "issuing_dispute")]
    /// Retrieves an Issuing `Dispute` object.
    ///
    /// `GET /v1/issuing/disputes/{dispute}`
    pub async fn retrieve(
        &self,
        dispute: &str,
        params: &IssuingDisputeRetrieveParams,
    ) -> Result<models::IssuingDispute, runtime::Error<IssuingDisputeRetrieveError>> {
        self.retrieve_with_response(dispute, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_dispute")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        dispute: &str,
        params: &IssuingDisputeRetrieveParams,
    ) -> Result<
        runtime::Response<models::IssuingDispute>,
        runtime::Error<IssuingDisputeRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/disputes/"),
            runtime::encode_path_segment(dispute)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuing/disputes/{dispute}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "issuing_dispute")]
    /// Updates the specified Issuing `Dispute` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged. Properties on the `evidence` object can be unset by passing in an empty string.
    ///
    /// `POST /v1/issuing/disputes/{dispute}`
    pub async fn update(
        &self,
        dispute: &str,
        body: Option<&models::IssuingDisputeUpdateParams>,
    ) -> Result<models::IssuingDispute, runtime::Error<IssuingDisputeUpdateError>> {
        self.update_with_response(dispute, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_dispute")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        dispute: &str,
        body: Option<&models::IssuingDisputeUpdateParams>,
    ) -> Result<
        runtime::Response<models::IssuingDispute>,
        runtime::Error<IssuingDisputeUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/disputes/"),
            runtime::encode_path_segment(dispute)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/issuing/disputes/{dispute}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "issuing_dispute")]
    /// Submits an Issuing `Dispute` to the card network. Stripe validates that all evidence fields required for the dispute’s reason are present. For more details, see Dispute reasons and evidence.
    ///
    /// `POST /v1/issuing/disputes/{dispute}/submit`
    pub async fn submit(
        &self,
        dispute: &str,
        body: Option<&models::IssuingDisputeSubmitParams>,
    ) -> Result<models::IssuingDispute, runtime::Error<IssuingDisputeSubmitError>> {
        self.submit_with_response(dispute, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_dispute")]
    /// Like [`submit`](Self::submit), with the response's status, headers and request id.
    pub async fn submit_with_response(
        &self,
        dispute: &str,
        body: Option<&models::IssuingDisputeSubmitParams>,
    ) -> Result<
        runtime::Response<models::IssuingDispute>,
        runtime::Error<IssuingDisputeSubmitError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/disputes/"),
            runtime::encode_path_segment(dispute)?,
            std::borrow::Cow::Borrowed("/submit"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/disputes/{dispute}/submit",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::IssuingSettlements<'_> {
    #[cfg(feature = "issuing_settlement")]
    /// Returns a list of Issuing `Settlement` objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/issuing/settlements`
    pub async fn list(
        &self,
        params: &IssuingSettlementListParams,
    ) -> Result<
        models::IssuingSettlementListResponse,
        runtime::Error<IssuingSettlementListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_settlement")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IssuingSettlementListParams,
    ) -> Result<
        runtime::Response<models::IssuingSettlementListResponse>,
        runtime::Error<IssuingSettlementListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/settlements")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuing/settlements", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "issuing_settlement")]
    pub fn list_stream(
        &self,
        params: &IssuingSettlementListParams,
    ) -> runtime::Paginator<models::IssuingSettlement, IssuingSettlementListError> {
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
                        .issuing()
                        .settlements()
                        .list_with_response(&params)
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
    #[cfg(feature = "issuing_settlement")]
    /// Retrieves an Issuing `Settlement` object.
    ///
    /// `GET /v1/issuing/settlements/{settlement}`
    pub async fn retrieve(
        &self,
        settlement: &str,
        params: &IssuingSettlementRetrieveParams,
    ) -> Result<
        models::IssuingSettlement,
        runtime::Error<IssuingSettlementRetrieveError>,
    > {
        self.retrieve_with_response(settlement, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_settlement")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        settlement: &str,
        params: &IssuingSettlementRetrieveParams,
    ) -> Result<
        runtime::Response<models::IssuingSettlement>,
        runtime::Error<IssuingSettlementRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/settlements/"),
            runtime::encode_path_segment(settlement)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/settlements/{settlement}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "issuing_settlement")]
    /// Updates the specified Issuing `Settlement` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/issuing/settlements/{settlement}`
    pub async fn update(
        &self,
        settlement: &str,
        body: Option<&models::IssuingSettlementUpdateParams>,
    ) -> Result<
        models::IssuingSettlement,
        runtime::Error<IssuingSettlementUpdateError>,
    > {
        self.update_with_response(settlement, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_settlement")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        settlement: &str,
        body: Option<&models::IssuingSettlementUpdateParams>,
    ) -> Result<
        runtime::Response<models::IssuingSettlement>,
        runtime::Error<IssuingSettlementUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/settlements/"),
            runtime::encode_path_segment(settlement)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/settlements/{settlement}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::IssuingTransactions<'_> {
    #[cfg(feature = "issuing_transaction")]
    /// Returns a list of Issuing `Transaction` objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/issuing/transactions`
    pub async fn list(
        &self,
        params: &IssuingTransactionListParams,
    ) -> Result<
        models::IssuingTransactionListResponse,
        runtime::Error<IssuingTransactionListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_transaction")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &IssuingTransactionListParams,
    ) -> Result<
        runtime::Response<models::IssuingTransactionListResponse>,
        runtime::Error<IssuingTransactionListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/issuing/transactions")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "card",
            &params.card,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "cardholder",
            &params.cardholder,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/issuing/transactions", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "issuing_transaction")]
    pub fn list_stream(
        &self,
        params: &IssuingTransactionListParams,
    ) -> runtime::Paginator<models::IssuingTransaction, IssuingTransactionListError> {
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
                        .issuing()
                        .transactions()
                        .list_with_response(&params)
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
    #[cfg(feature = "issuing_transaction")]
    /// Retrieves an Issuing `Transaction` object.
    ///
    /// `GET /v1/issuing/transactions/{transaction}`
    pub async fn retrieve(
        &self,
        transaction: &str,
        params: &IssuingTransactionRetrieveParams,
    ) -> Result<
        models::IssuingTransaction,
        runtime::Error<IssuingTransactionRetrieveError>,
    > {
        self.retrieve_with_response(transaction, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_transaction")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        transaction: &str,
        params: &IssuingTransactionRetrieveParams,
    ) -> Result<
        runtime::Response<models::IssuingTransaction>,
        runtime::Error<IssuingTransactionRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/transactions/"),
            runtime::encode_path_segment(transaction)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/transactions/{transaction}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "issuing_transaction")]
    /// Updates the specified Issuing `Transaction` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/issuing/transactions/{transaction}`
    pub async fn update(
        &self,
        transaction: &str,
        body: Option<&models::IssuingTransactionUpdateParams>,
    ) -> Result<
        models::IssuingTransaction,
        runtime::Error<IssuingTransactionUpdateError>,
    > {
        self.update_with_response(transaction, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "issuing_transaction")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        transaction: &str,
        body: Option<&models::IssuingTransactionUpdateParams>,
    ) -> Result<
        runtime::Response<models::IssuingTransaction>,
        runtime::Error<IssuingTransactionUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/issuing/transactions/"),
            runtime::encode_path_segment(transaction)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/issuing/transactions/{transaction}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Mandates<'_> {
    #[cfg(feature = "mandate")]
    /// Retrieves a Mandate object.
    ///
    /// `GET /v1/mandates/{mandate}`
    pub async fn retrieve(
        &self,
        mandate: &str,
        params: &MandateRetrieveParams,
    ) -> Result<models::Mandate, runtime::Error<MandateRetrieveError>> {
        self.retrieve_with_response(mandate, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "mandate")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        mandate: &str,
        params: &MandateRetrieveParams,
    ) -> Result<
        runtime::Response<models::Mandate>,
        runtime::Error<MandateRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/mandates/"),
            runtime::encode_path_segment(mandate)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/mandates/{mandate}", runtime::decode_json)
            .await
    }
}
impl crate::resources::OrderReturns<'_> {
    #[cfg(feature = "order_return")]
    /// Returns a list of your order returns. The returns are returned sorted by creation date, with the most recently created return appearing first.
    ///
    /// `GET /v1/order_returns`
    pub async fn list(
        &self,
        params: &OrderReturnListParams,
    ) -> Result<models::OrderReturnListResponse, runtime::Error<OrderReturnListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "order_return")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &OrderReturnListParams,
    ) -> Result<
        runtime::Response<models::OrderReturnListResponse>,
        runtime::Error<OrderReturnListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/order_returns")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "order",
            &params.order,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/order_returns", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "order_return")]
    pub fn list_stream(
        &self,
        params: &OrderReturnListParams,
    ) -> runtime::Paginator<models::OrderReturn, OrderReturnListError> {
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
                        .order_returns()
                        .list_with_response(&params)
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
    #[cfg(feature = "order_return")]
    /// Retrieves the details of an existing order return. Supply the unique order ID from either an order return creation request or the order return list, and Stripe will return the corresponding order information.
    ///
    /// `GET /v1/order_returns/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &OrderReturnRetrieveParams,
    ) -> Result<models::OrderReturn, runtime::Error<OrderReturnRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "order_return")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &OrderReturnRetrieveParams,
    ) -> Result<
        runtime::Response<models::OrderReturn>,
        runtime::Error<OrderReturnRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/order_returns/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/order_returns/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Orders<'_> {
    #[cfg(feature = "order")]
    /// Returns a list of your orders. The orders are returned sorted by creation date, with the most recently created orders appearing first.
    ///
    /// `GET /v1/orders`
    pub async fn list(
        &self,
        params: &OrderListParams,
    ) -> Result<models::OrderListResponse, runtime::Error<OrderListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "order")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &OrderListParams,
    ) -> Result<
        runtime::Response<models::OrderListResponse>,
        runtime::Error<OrderListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/orders")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ids",
            &params.ids,
            runtime::QueryStyle::DeepObject,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "status_transitions",
            &params.status_transitions,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "upstream_ids",
            &params.upstream_ids,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/orders", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "order")]
    pub fn list_stream(
        &self,
        params: &OrderListParams,
    ) -> runtime::Paginator<models::Order, OrderListError> {
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
                    let response = client.orders().list_with_response(&params).await?;
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
    #[cfg(feature = "order")]
    /// Creates a new order object.
    ///
    /// `POST /v1/orders`
    pub async fn create(
        &self,
        body: &models::OrderCreateParams,
    ) -> Result<models::Order, runtime::Error<OrderCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "order")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::OrderCreateParams,
    ) -> Result<runtime::Response<models::Order>, runtime::Error<OrderCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/orders")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client.transport.execute(request, "/v1/orders", runtime::decode_json).await
    }
    #[cfg(feature = "order")]
    /// Retrieves the details of an existing order. Supply the unique order ID from either an order creation request or the order list, and Stripe will return the corresponding order information.
    ///
    /// `GET /v1/orders/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &OrderRetrieveParams,
    ) -> Result<models::Order, runtime::Error<OrderRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "order")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &OrderRetrieveParams,
    ) -> Result<runtime::Response<models::Order>, runtime::Error<OrderRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/orders/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/orders/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "order")]
    /// Updates the specific order by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/orders/{id}`
    pub async fn update(
        &self,
        id: &str,
        body: Option<&models::OrderUpdateParams>,
    ) -> Result<models::Order, runtime::Error<OrderUpdateError>> {
        self.update_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "order")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        id: &str,
        body: Option<&models::OrderUpdateParams>,
    ) -> Result<runtime::Response<models::Order>, runtime::Error<OrderUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/orders/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/orders/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "order")]
    /// Pay an order by providing a `source` to create a payment.
    ///
    /// `POST /v1/orders/{id}/pay`
    pub async fn pay(
        &self,
        id: &str,
        body: Option<&models::OrderPayParams>,
    ) -> Result<models::Order, runtime::Error<OrderPayError>> {
        self.pay_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "order")]
    /// Like [`pay`](Self::pay), with the response's status, headers and request id.
    pub async fn pay_with_response(
        &self,
        id: &str,
        body: Option<&models::OrderPayParams>,
    ) -> Result<runtime::Response<models::Order>, runtime::Error<OrderPayError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/orders/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/pay"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/orders/{id}/pay", runtime::decode_json)
            .await
    }
    #[cfg(feature = "order_return")]
    /// Return all or part of an order. The order must have a status of `paid` or `fulfilled` before it can be returned. Once all items have been returned, the order will become `canceled` or `returned` depending on which status the order started in.
    ///
    /// `POST /v1/orders/{id}/returns`
    pub async fn returns(
        &self,
        id: &str,
        body: Option<&models::OrderReturnsParams>,
    ) -> Result<models::OrderReturn, runtime::Error<OrderReturnsError>> {
        self.returns_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "order_return")]
    /// Like [`returns`](Self::returns), with the response's status, headers and request id.
    pub async fn returns_with_response(
        &self,
        id: &str,
        body: Option<&models::OrderReturnsParams>,
    ) -> Result<
        runtime::Response<models::OrderReturn>,
        runtime::Error<OrderReturnsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/orders/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/returns"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/orders/{id}/returns", runtime::decode_json)
            .await
    }
}
impl crate::resources::PaymentIntents<'_> {
    #[cfg(feature = "payment_intent")]
    /// Returns a list of PaymentIntents.
    ///
    /// `GET /v1/payment_intents`
    pub async fn list(
        &self,
        params: &PaymentIntentListParams,
    ) -> Result<
        models::PaymentIntentListResponse,
        runtime::Error<PaymentIntentListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_intent")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &PaymentIntentListParams,
    ) -> Result<
        runtime::Response<models::PaymentIntentListResponse>,
        runtime::Error<PaymentIntentListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/payment_intents")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/payment_intents", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "payment_intent")]
    pub fn list_stream(
        &self,
        params: &PaymentIntentListParams,
    ) -> runtime::Paginator<models::PaymentIntent, PaymentIntentListError> {
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
                        .payment_intents()
                        .list_with_response(&params)
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
    #[cfg(feature = "payment_intent")]
    /// Creates a PaymentIntent object.
    ///
    /// After the PaymentIntent is created, attach a payment method and confirm
    /// to continue the payment. You can read more about the different payment flows
    /// available via the Payment Intents API here.
    ///
    /// When `confirm=true` is used during creation, it is equivalent to creating
    /// and confirming the PaymentIntent in the same call. You may use any parameters
    /// available in the confirm API when `confirm=true`
    /// is supplied.
    ///
    /// `POST /v1/payment_intents`
    pub async fn create(
        &self,
        body: &models::PaymentIntentCreateParams,
    ) -> Result<models::PaymentIntent, runtime::Error<PaymentIntentCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_intent")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PaymentIntentCreateParams,
    ) -> Result<
        runtime::Response<models::PaymentIntent>,
        runtime::Error<PaymentIntentCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/payment_intents")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/payment_intents", runtime::decode_json)
            .await
    }
    #[cfg(feature = "payment_intent")]
    /// Retrieves the details of a PaymentIntent that has previously been created.
    ///
    /// Client-side retrieval using a publishable key is allowed when the `client_secret` is provided in the query string.
    ///
    /// When retrieved with a publishable key, only a subset of properties will be returned. Please refer to the payment intent object reference for more details.
    ///
    /// `GET /v1/payment_intents/{intent}`
    pub async fn retrieve(
        &self,
        intent: &str,
        params: &PaymentIntentRetrieveParams,
    ) -> Result<models::PaymentIntent, runtime::Error<PaymentIntentRetrieveError>> {
        self.retrieve_with_response(intent, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_intent")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        intent: &str,
        params: &PaymentIntentRetrieveParams,
    ) -> Result<
        runtime::Response<models::PaymentIntent>,
        runtime::Error<PaymentIntentRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_intents/"),
            runtime::encode_path_segment(intent)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "client_secret",
            &params.client_secret,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/payment_intents/{intent}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "payment_intent")]
    /// Updates properties on a PaymentIntent object without confirming.
    ///
    /// Depending on which properties you update, you may need to confirm the
    /// PaymentIntent again. For example, updating the `payment_method` will
    /// always require you to confirm the PaymentIntent again. If you prefer to
    /// update and confirm at the same time, we recommend updating properties via
    /// the confirm API instead.
    ///
    /// `POST /v1/payment_intents/{intent}`
    pub async fn update(
        &self,
        intent: &str,
        body: Option<&models::PaymentIntentUpdateParams>,
    ) -> Result<models::PaymentIntent, runtime::Error<PaymentIntentUpdateError>> {
        self.update_with_response(intent, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_intent")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        intent: &str,
        body: Option<&models::PaymentIntentUpdateParams>,
    ) -> Result<
        runtime::Response<models::PaymentIntent>,
        runtime::Error<PaymentIntentUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_intents/"),
            runtime::encode_path_segment(intent)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/payment_intents/{intent}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "payment_intent")]
    /// A PaymentIntent object can be canceled when it is in one of these statuses: `requires_payment_method`, `requires_capture`, `requires_confirmation`, or `requires_action`.
    ///
    /// Once canceled, no additional charges will be made by the PaymentIntent and any operations on the PaymentIntent will fail with an error. For PaymentIntents with `status=’requires_capture’`, the remaining `amount_capturable` will automatically be refunded.
    ///
    /// `POST /v1/payment_intents/{intent}/cancel`
    pub async fn cancel(
        &self,
        intent: &str,
        body: Option<&models::PaymentIntentCancelParams>,
    ) -> Result<models::PaymentIntent, runtime::Error<PaymentIntentCancelError>> {
        self.cancel_with_response(intent, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_intent")]
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
        &self,
        intent: &str,
        body: Option<&models::PaymentIntentCancelParams>,
    ) -> Result<
        runtime::Response<models::PaymentIntent>,
        runtime::Error<PaymentIntentCancelError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_intents/"),
            runtime::encode_path_segment(intent)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/payment_intents/{intent}/cancel",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "payment_intent")]
    /// Capture the funds of an existing uncaptured PaymentIntent when its status is `requires_capture`.
    ///
    /// Uncaptured PaymentIntents will be canceled exactly seven days after they are created.
    ///
    /// Learn more about separate authorization and capture.
    ///
    /// `POST /v1/payment_intents/{intent}/capture`
    pub async fn capture(
        &self,
        intent: &str,
        body: Option<&models::PaymentIntentCaptureParams>,
    ) -> Result<models::PaymentIntent, runtime::Error<PaymentIntentCaptureError>> {
        self.capture_with_response(intent, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_intent")]
    /// Like [`capture`](Self::capture), with the response's status, headers and request id.
    pub async fn capture_with_response(
        &self,
        intent: &str,
        body: Option<&models::PaymentIntentCaptureParams>,
    ) -> Result<
        runtime::Response<models::PaymentIntent>,
        runtime::Error<PaymentIntentCaptureError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_intents/"),
            runtime::encode_path_segment(intent)?,
            std::borrow::Cow::Borrowed("/capture"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/payment_intents/{intent}/capture",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "payment_intent")]
    /// Confirm that your customer intends to pay with current or provided
    /// payment method. Upon confirmation, the PaymentIntent will attempt to initiate
    /// a payment.
    ///
    /// If the selected payment method requires additional authentication steps, the
    /// PaymentIntent will transition to the `requires_action` status and
    /// suggest additional actions via `next_action`. If payment fails,
    /// the PaymentIntent will transition to the `requires_payment_method` status. If
    /// payment succeeds, the PaymentIntent will transition to the `succeeded`
    /// status (or `requires_capture`, if `capture_method` is set to `manual`).
    ///
    /// If the `confirmation_method` is `automatic`, payment may be attempted
    /// using our client SDKs
    /// and the PaymentIntent’s client_secret.
    /// After `next_action`s are handled by the client, no additional
    /// confirmation is required to complete the payment.
    ///
    /// If the `confirmation_method` is `manual`, all payment attempts must be
    /// initiated using a secret key.
    /// If any actions are required for the payment, the PaymentIntent will
    /// return to the `requires_confirmation` state
    /// after those actions are completed. Your server needs to then
    /// explicitly re-confirm the PaymentIntent to initiate the next payment
    /// attempt. Read the expanded documentation
    /// to learn more about manual confirmation.
    ///
    /// `POST /v1/payment_intents/{intent}/confirm`
    pub async fn confirm(
        &self,
        intent: &str,
        body: Option<&models::PaymentIntentConfirmParams>,
    ) -> Result<models::PaymentIntent, runtime::Error<PaymentIntentConfirmError>> {
        self.confirm_with_response(intent, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_intent")]
    /// Like [`confirm`](Self::confirm), with the response's status, headers and request id.
    pub async fn confirm_with_response(
        &self,
        intent: &str,
        body: Option<&models::PaymentIntentConfirmParams>,
    ) -> Result<
        runtime::Response<models::PaymentIntent>,
        runtime::Error<PaymentIntentConfirmError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_intents/"),
            runtime::encode_path_segment(intent)?,
            std::borrow::Cow::Borrowed("/confirm"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/payment_intents/{intent}/confirm",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::PaymentMethods<'_> {
    #[cfg(feature = "payment_method")]
    /// Returns a list of PaymentMethods for a given Customer
    ///
    /// `GET /v1/payment_methods`
    pub async fn list(
        &self,
        params: &PaymentMethodListParams,
    ) -> Result<
        models::PaymentMethodListResponse,
        runtime::Error<PaymentMethodListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_method")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &PaymentMethodListParams,
    ) -> Result<
        runtime::Response<models::PaymentMethodListResponse>,
        runtime::Error<PaymentMethodListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/payment_methods")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/payment_methods", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "payment_method")]
    pub fn list_stream(
        &self,
        params: &PaymentMethodListParams,
    ) -> runtime::Paginator<models::PaymentMethod, PaymentMethodListError> {
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
                        .list_with_response(&params)
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
    #[cfg(feature = "payment_method")]
    /// Creates a PaymentMethod object. Read the Stripe.js reference to learn how to create PaymentMethods via Stripe.js.
    ///
    /// Instead of creating a PaymentMethod directly, we recommend using the PaymentIntents API to accept a payment immediately or the SetupIntent API to collect payment method details ahead of a future payment.
    ///
    /// `POST /v1/payment_methods`
    pub async fn create(
        &self,
        body: Option<&models::PaymentMethodCreateParams>,
    ) -> Result<models::PaymentMethod, runtime::Error<PaymentMethodCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_method")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::PaymentMethodCreateParams>,
    ) -> Result<
        runtime::Response<models::PaymentMethod>,
        runtime::Error<PaymentMethodCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/payment_methods")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/payment_methods", runtime::decode_json)
            .await
    }
    #[cfg(feature = "payment_method")]
    /// Retrieves a PaymentMethod object.
    ///
    /// `GET /v1/payment_methods/{payment_method}`
    pub async fn retrieve(
        &self,
        payment_method: &str,
        params: &PaymentMethodRetrieveParams,
    ) -> Result<models::PaymentMethod, runtime::Error<PaymentMethodRetrieveError>> {
        self.retrieve_with_response(payment_method, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_method")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        payment_method: &str,
        params: &PaymentMethodRetrieveParams,
    ) -> Result<
        runtime::Response<models::PaymentMethod>,
        runtime::Error<PaymentMethodRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_methods/"),
            runtime::encode_path_segment(payment_method)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/payment_methods/{payment_method}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "payment_method")]
    /// Updates a PaymentMethod object. A PaymentMethod must be attached a customer to be updated.
    ///
    /// `POST /v1/payment_methods/{payment_method}`
    pub async fn update(
        &self,
        payment_method: &str,
        body: Option<&models::PaymentMethodUpdateParams>,
    ) -> Result<models::PaymentMethod, runtime::Error<PaymentMethodUpdateError>> {
        self.update_with_response(payment_method, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_method")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        payment_method: &str,
        body: Option<&models::PaymentMethodUpdateParams>,
    ) -> Result<
        runtime::Response<models::PaymentMethod>,
        runtime::Error<PaymentMethodUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_methods/"),
            runtime::encode_path_segment(payment_method)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/payment_methods/{payment_method}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "payment_method")]
    /// Attaches a PaymentMethod object to a Customer.
    ///
    /// To attach a new PaymentMethod to a customer for future payments, we recommend you use a SetupIntent
    /// or a PaymentIntent with setup_future_usage.
    /// These approaches will perform any necessary steps to ensure that the PaymentMethod can be used in a future payment. Using the
    /// `/v1/payment_methods/:id/attach` endpoint does not ensure that future payments can be made with the attached PaymentMethod.
    /// See Optimizing cards for future payments for more information about setting up future payments.
    ///
    /// To use this PaymentMethod as the default for invoice or subscription payments,
    /// set `invoice_settings.default_payment_method`,
    /// on the Customer to the PaymentMethod’s ID.
    ///
    /// `POST /v1/payment_methods/{payment_method}/attach`
    pub async fn attach(
        &self,
        payment_method: &str,
        body: &models::PaymentMethodAttachParams,
    ) -> Result<models::PaymentMethod, runtime::Error<PaymentMethodAttachError>> {
        self.attach_with_response(payment_method, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_method")]
    /// Like [`attach`](Self::attach), with the response's status, headers and request id.
    pub async fn attach_with_response(
        &self,
        payment_method: &str,
        body: &models::PaymentMethodAttachParams,
    ) -> Result<
        runtime::Response<models::PaymentMethod>,
        runtime::Error<PaymentMethodAttachError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_methods/"),
            runtime::encode_path_segment(payment_method)?,
            std::borrow::Cow::Borrowed("/attach"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(
                request,
                "/v1/payment_methods/{payment_method}/attach",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "payment_method")]
    /// Detaches a PaymentMethod object from a Customer.
    ///
    /// `POST /v1/payment_methods/{payment_method}/detach`
    pub async fn detach(
        &self,
        payment_method: &str,
        body: Option<&models::PaymentMethodDetachParams>,
    ) -> Result<models::PaymentMethod, runtime::Error<PaymentMethodDetachError>> {
        self.detach_with_response(payment_method, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_method")]
    /// Like [`detach`](Self::detach), with the response's status, headers and request id.
    pub async fn detach_with_response(
        &self,
        payment_method: &str,
        body: Option<&models::PaymentMethodDetachParams>,
    ) -> Result<
        runtime::Response<models::PaymentMethod>,
        runtime::Error<PaymentMethodDetachError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payment_methods/"),
            runtime::encode_path_segment(payment_method)?,
            std::borrow::Cow::Borrowed("/detach"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/payment_methods/{payment_method}/detach",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Payouts<'_> {
    #[cfg(feature = "payout")]
    /// Returns a list of existing payouts sent to third-party bank accounts or that Stripe has sent you. The payouts are returned in sorted order, with the most recently created payouts appearing first.
    ///
    /// `GET /v1/payouts`
    pub async fn list(
        &self,
        params: &PayoutListParams,
    ) -> Result<models::PayoutListResponse, runtime::Error<PayoutListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payout")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &PayoutListParams,
    ) -> Result<
        runtime::Response<models::PayoutListResponse>,
        runtime::Error<PayoutListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/payouts")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "arrival_date",
            &params.arrival_date,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "destination",
            &params.destination,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/payouts", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "payout")]
    pub fn list_stream(
        &self,
        params: &PayoutListParams,
    ) -> runtime::Paginator<models::Payout, PayoutListError> {
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
                    let response = client.payouts().list_with_response(&params).await?;
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
    #[cfg(feature = "payout")]
    /// To send funds to your own bank account, you create a new payout object. Your Stripe balance must be able to cover the payout amount, or you’ll receive an “Insufficient Funds” error.
    ///
    /// If your API key is in test mode, money won’t actually be sent, though everything else will occur as if in live mode.
    ///
    /// If you are creating a manual payout on a Stripe account that uses multiple payment source types, you’ll need to specify the source type balance that the payout should draw from. The balance object details available and pending amounts by source type.
    ///
    /// `POST /v1/payouts`
    pub async fn create(
        &self,
        body: &models::PayoutCreateParams,
    ) -> Result<models::Payout, runtime::Error<PayoutCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payout")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PayoutCreateParams,
    ) -> Result<runtime::Response<models::Payout>, runtime::Error<PayoutCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/payouts")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client.transport.execute(request, "/v1/payouts", runtime::decode_json).await
    }
    #[cfg(feature = "payout")]
    /// Retrieves the details of an existing payout. Supply the unique payout ID from either a payout creation request or the payout list, and Stripe will return the corresponding payout information.
    ///
    /// `GET /v1/payouts/{payout}`
    pub async fn retrieve(
        &self,
        payout: &str,
        params: &PayoutRetrieveParams,
    ) -> Result<models::Payout, runtime::Error<PayoutRetrieveError>> {
        self.retrieve_with_response(payout, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "payout")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        payout: &str,
        params: &PayoutRetrieveParams,
    ) -> Result<runtime::Response<models::Payout>, runtime::Error<PayoutRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payouts/"),
            runtime::encode_path_segment(payout)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/payouts/{payout}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "payout")]
    /// Updates the specified payout by setting the values of the parameters passed. Any parameters not provided will be left unchanged. This request accepts only the metadata as arguments.
    ///
    /// `POST /v1/payouts/{payout}`
    pub async fn update(
        &self,
        payout: &str,
        body: Option<&models::PayoutUpdateParams>,
    ) -> Result<models::Payout, runtime::Error<PayoutUpdateError>> {
        self.update_with_response(payout, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payout")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        payout: &str,
        body: Option<&models::PayoutUpdateParams>,
    ) -> Result<runtime::Response<models::Payout>, runtime::Error<PayoutUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payouts/"),
            runtime::encode_path_segment(payout)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/payouts/{payout}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "payout")]
    /// A previously created payout can be canceled if it has not yet been paid out. Funds will be refunded to your available balance. You may not cancel automatic Stripe payouts.
    ///
    /// `POST /v1/payouts/{payout}/cancel`
    pub async fn cancel(
        &self,
        payout: &str,
        body: Option<&models::PayoutCancelParams>,
    ) -> Result<models::Payout, runtime::Error<PayoutCancelError>> {
        self.cancel_with_response(payout, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payout")]
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
        &self,
        payout: &str,
        body: Option<&models::PayoutCancelParams>,
    ) -> Result<runtime::Response<models::Payout>, runtime::Error<PayoutCancelError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payouts/"),
            runtime::encode_path_segment(payout)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/payouts/{payout}/cancel", runtime::decode_json)
            .await
    }
    #[cfg(feature = "payout")]
    /// Reverses a payout by debiting the destination bank account. Only payouts for connected accounts to US bank accounts may be reversed at this time. If the payout is in the `pending` status, `/v1/payouts/:id/cancel` should be used instead.
    ///
    /// By requesting a reversal via `/v1/payouts/:id/reverse`, you confirm that the authorized signatory of the selected bank account has authorized the debit on the bank account and that no other authorization is required.
    ///
    /// `POST /v1/payouts/{payout}/reverse`
    pub async fn reverse(
        &self,
        payout: &str,
        body: Option<&models::PayoutReverseParams>,
    ) -> Result<models::Payout, runtime::Error<PayoutReverseError>> {
        self.reverse_with_response(payout, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payout")]
    /// Like [`reverse`](Self::reverse), with the response's status, headers and request id.
    pub async fn reverse_with_response(
        &self,
        payout: &str,
        body: Option<&models::PayoutReverseParams>,
    ) -> Result<runtime::Response<models::Payout>, runtime::Error<PayoutReverseError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/payouts/"),
            runtime::encode_path_segment(payout)?,
            std::borrow::Cow::Borrowed("/reverse"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/payouts/{payout}/reverse", runtime::decode_json)
            .await
    }
}
impl crate::resources::Plans<'_> {
    #[cfg(feature = "plan")]
    /// Returns a list of your plans.
    ///
    /// `GET /v1/plans`
    pub async fn list(
        &self,
        params: &PlanListParams,
    ) -> Result<models::PlanListResponse, runtime::Error<PlanListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "plan")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &PlanListParams,
    ) -> Result<
        runtime::Response<models::PlanListResponse>,
        runtime::Error<PlanListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/plans")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "product",
            &params.product,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/plans", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "plan")]
    pub fn list_stream(
        &self,
        params: &PlanListParams,
    ) -> runtime::Paginator<models::Plan, PlanListError> {
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
                    let response = client.plans().list_with_response(&params).await?;
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
    #[cfg(feature = "plan")]
    /// You can now model subscriptions more flexibly using the Prices API. It replaces the Plans API and is backwards compatible to simplify your migration.
    ///
    /// `POST /v1/plans`
    pub async fn create(
        &self,
        body: &models::PlanCreateParams,
    ) -> Result<models::Plan, runtime::Error<PlanCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "plan")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PlanCreateParams,
    ) -> Result<runtime::Response<models::Plan>, runtime::Error<PlanCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/plans")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client.transport.execute(request, "/v1/plans", runtime::decode_json).await
    }
    #[cfg(feature = "plan")]
    /// Retrieves the plan with the given ID.
    ///
    /// `GET /v1/plans/{plan}`
    pub async fn retrieve(
        &self,
        plan: &str,
        params: &PlanRetrieveParams,
    ) -> Result<models::Plan, runtime::Error<PlanRetrieveError>> {
        self.retrieve_with_response(plan, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "plan")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        plan: &str,
        params: &PlanRetrieveParams,
    ) -> Result<runtime::Response<models::Plan>, runtime::Error<PlanRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/plans/"),
            runtime::encode_path_segment(plan)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/plans/{plan}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "plan")]
    /// Updates the specified plan by setting the values of the parameters passed. Any parameters not provided are left unchanged. By design, you cannot change a plan’s ID, amount, currency, or billing cycle.
    ///
    /// `POST /v1/plans/{plan}`
    pub async fn update(
        &self,
        plan: &str,
        body: Option<&models::PlanUpdateParams>,
    ) -> Result<models::Plan, runtime::Error<PlanUpdateError>> {
        self.update_with_response(plan, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "plan")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        plan: &str,
        body: Option<&models::PlanUpdateParams>,
    ) -> Result<runtime::Response<models::Plan>, runtime::Error<PlanUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/plans/"),
            runtime::encode_path_segment(plan)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/plans/{plan}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "plan")]
    /// Deleting plans means new subscribers can’t be added. Existing subscribers aren’t affected.
    ///
    /// `DELETE /v1/plans/{plan}`
    pub async fn delete(
        &self,
        plan: &str,
    ) -> Result<models::DeletedPlan, runtime::Error<PlanDeleteError>> {
        self.delete_with_response(plan).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "plan")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        plan: &str,
    ) -> Result<
        runtime::Response<models::DeletedPlan>,
        runtime::Error<PlanDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/plans/"),
            runtime::encode_path_segment(plan)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/plans/{plan}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Prices<'_> {
    #[cfg(feature = "price")]
    /// Returns a list of your prices.
    ///
    /// `GET /v1/prices`
    pub async fn list(
        &self,
        params: &PriceListParams,
    ) -> Result<models::PriceListResponse, runtime::Error<PriceListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "price")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &PriceListParams,
    ) -> Result<
        runtime::Response<models::PriceListResponse>,
        runtime::Error<PriceListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/prices")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "currency",
            &params.currency,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "lookup_keys",
            &params.lookup_keys,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "product",
            &params.product,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "recurring",
            &params.recurring,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/prices", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "price")]
    pub fn list_stream(
        &self,
        params: &PriceListParams,
    ) -> runtime::Paginator<models::Price, PriceListError> {
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
                    let response = client.prices().list_with_response(&params).await?;
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
    #[cfg(feature = "price")]
    /// Creates a new price for an existing product. The price can be recurring or one-time.
    ///
    /// `POST /v1/prices`
    pub async fn create(
        &self,
        body: &models::PriceCreateParams,
    ) -> Result<models::Price, runtime::Error<PriceCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "price")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PriceCreateParams,
    ) -> Result<runtime::Response<models::Price>, runtime::Error<PriceCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/prices")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client.transport.execute(request, "/v1/prices", runtime::decode_json).await
    }
    #[cfg(feature = "price")]
    /// Retrieves the price with the given ID.
    ///
    /// `GET /v1/prices/{price}`
    pub async fn retrieve(
        &self,
        price: &str,
        params: &PriceRetrieveParams,
    ) -> Result<models::Price, runtime::Error<PriceRetrieveError>> {
        self.retrieve_with_response(price, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "price")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        price: &str,
        params: &PriceRetrieveParams,
    ) -> Result<runtime::Response<models::Price>, runtime::Error<PriceRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/prices/"),
            runtime::encode_path_segment(price)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/prices/{price}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "price")]
    /// Updates the specified price by setting the values of the parameters passed. Any parameters not provided are left unchanged.
    ///
    /// `POST /v1/prices/{price}`
    pub async fn update(
        &self,
        price: &str,
        body: Option<&models::PriceUpdateParams>,
    ) -> Result<models::Price, runtime::Error<PriceUpdateError>> {
        self.update_with_response(price, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "price")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        price: &str,
        body: Option<&models::PriceUpdateParams>,
    ) -> Result<runtime::Response<models::Price>, runtime::Error<PriceUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/prices/"),
            runtime::encode_path_segment(price)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/prices/{price}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Products<'_> {
    #[cfg(feature = "product")]
    /// Returns a list of your products. The products are returned sorted by creation date, with the most recently created products appearing first.
    ///
    /// `GET /v1/products`
    pub async fn list(
        &self,
        params: &ProductListParams,
    ) -> Result<models::ProductListResponse, runtime::Error<ProductListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "product")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &ProductListParams,
    ) -> Result<
        runtime::Response<models::ProductListResponse>,
        runtime::Error<ProductListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/products")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ids",
            &params.ids,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "shippable",
            &params.shippable,
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
            "url",
            &params.url,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/products", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "product")]
    pub fn list_stream(
        &self,
        params: &ProductListParams,
    ) -> runtime::Paginator<models::Product, ProductListError> {
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
                    let response = client.products().list_with_response(&params).await?;
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
    #[cfg(feature = "product")]
    /// Creates a new product object.
    ///
    /// `POST /v1/products`
    pub async fn create(
        &self,
        body: &models::ProductCreateParams,
    ) -> Result<models::Product, runtime::Error<ProductCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "product")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::ProductCreateParams,
    ) -> Result<runtime::Response<models::Product>, runtime::Error<ProductCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/products")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/products", runtime::decode_json)
            .await
    }
    #[cfg(feature = "product")]
    /// Retrieves the details of an existing product. Supply the unique product ID from either a product creation request or the product list, and Stripe will return the corresponding product information.
    ///
    /// `GET /v1/products/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &ProductRetrieveParams,
    ) -> Result<models::Product, runtime::Error<ProductRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "product")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &ProductRetrieveParams,
    ) -> Result<
        runtime::Response<models::Product>,
        runtime::Error<ProductRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/products/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/products/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "product")]
    /// Updates the specific product by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/products/{id}`
    pub async fn update(
        &self,
        id: &str,
        body: Option<&models::ProductUpdateParams>,
    ) -> Result<models::Product, runtime::Error<ProductUpdateError>> {
        self.update_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "product")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        id: &str,
        body: Option<&models::ProductUpdateParams>,
    ) -> Result<runtime::Response<models::Product>, runtime::Error<ProductUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/products/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/products/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "product")]
    /// Delete a product. Deleting a product is only possible if it has no prices associated with it. Additionally, deleting a product with `type=good` is only possible if it has no SKUs associated with it.
    ///
    /// `DELETE /v1/products/{id}`
    pub async fn delete(
        &self,
        id: &str,
    ) -> Result<models::DeletedProduct, runtime::Error<ProductDeleteError>> {
        self.delete_with_response(id).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "product")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        id: &str,
    ) -> Result<
        runtime::Response<models::DeletedProduct>,
        runtime::Error<ProductDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/products/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/products/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::PromotionCodes<'_> {
    #[cfg(feature = "promotion_code")]
    /// Returns a list of your promotion codes.
    ///
    /// `GET /v1/promotion_codes`
    pub async fn list(
        &self,
        params: &PromotionCodeListParams,
    ) -> Result<
        models::PromotionCodeListResponse,
        runtime::Error<PromotionCodeListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "promotion_code")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &PromotionCodeListParams,
    ) -> Result<
        runtime::Response<models::PromotionCodeListResponse>,
        runtime::Error<PromotionCodeListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/promotion_codes")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "code",
            &params.code,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "coupon",
            &params.coupon,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/promotion_codes", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "promotion_code")]
    pub fn list_stream(
        &self,
        params: &PromotionCodeListParams,
    ) -> runtime::Paginator<models::PromotionCode, PromotionCodeListError> {
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
                        .promotion_codes()
                        .list_with_response(&params)
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
    #[cfg(feature = "promotion_code")]
    /// A promotion code points to a coupon. You can optionally restrict the code to a specific customer, redemption limit, and expiration date.
    ///
    /// `POST /v1/promotion_codes`
    pub async fn create(
        &self,
        body: &models::PromotionCodeCreateParams,
    ) -> Result<models::PromotionCode, runtime::Error<PromotionCodeCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "promotion_code")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::PromotionCodeCreateParams,
    ) -> Result<
        runtime::Response<models::PromotionCode>,
        runtime::Error<PromotionCodeCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/promotion_codes")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/promotion_codes", runtime::decode_json)
            .await
    }
    #[cfg(feature = "promotion_code")]
    /// Retrieves the promotion code with the given ID.
    ///
    /// `GET /v1/promotion_codes/{promotion_code}`
    pub async fn retrieve(
        &self,
        promotion_code: &str,
        params: &PromotionCodeRetrieveParams,
    ) -> Result<models::PromotionCode, runtime::Error<PromotionCodeRetrieveError>> {
        self.retrieve_with_response(promotion_code, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "promotion_code")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        promotion_code: &str,
        params: &PromotionCodeRetrieveParams,
    ) -> Result<
        runtime::Response<models::PromotionCode>,
        runtime::Error<PromotionCodeRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/promotion_codes/"),
            runtime::encode_path_segment(promotion_code)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/promotion_codes/{promotion_code}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "promotion_code")]
    /// Updates the specified promotion code by setting the values of the parameters passed. Most fields are, by design, not editable.
    ///
    /// `POST /v1/promotion_codes/{promotion_code}`
    pub async fn update(
        &self,
        promotion_code: &str,
        body: Option<&models::PromotionCodeUpdateParams>,
    ) -> Result<models::PromotionCode, runtime::Error<PromotionCodeUpdateError>> {
        self.update_with_response(promotion_code, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "promotion_code")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        promotion_code: &str,
        body: Option<&models::PromotionCodeUpdateParams>,
    ) -> Result<
        runtime::Response<models::PromotionCode>,
        runtime::Error<PromotionCodeUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/promotion_codes/"),
            runtime::encode_path_segment(promotion_code)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/promotion_codes/{promotion_code}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Quotes<'_> {
    #[cfg(feature = "quote")]
    /// Returns a list of your quotes.
    ///
    /// `GET /v1/quotes`
    pub async fn list(
        &self,
        params: &QuoteListParams,
    ) -> Result<models::QuoteListResponse, runtime::Error<QuoteListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "quote")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &QuoteListParams,
    ) -> Result<
        runtime::Response<models::QuoteListResponse>,
        runtime::Error<QuoteListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/quotes")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/quotes", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "quote")]
    pub fn list_stream(
        &self,
        params: &QuoteListParams,
    ) -> runtime::Paginator<models::Quote, QuoteListError> {
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
                    let response = client.quotes().list_with_response(&params).await?;
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
    #[cfg(feature = "quote")]
    /// A quote models prices and services for a customer. Default options for `header`, `description`, `footer`, and `expires_at` can be set in the dashboard via the [quote template](https://dashboard.stripe.com/settings/billing/quote).
    ///
    /// `POST /v1/quotes`
    pub async fn create(
        &self,
        body: Option<&models::QuoteCreateParams>,
    ) -> Result<models::Quote, runtime::Error<QuoteCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "quote")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::QuoteCreateParams>,
    ) -> Result<runtime::Response<models::Quote>, runtime::Error<QuoteCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/quotes")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client.transport.execute(request, "/v1/quotes", runtime::decode_json).await
    }
    #[cfg(feature = "quote")]
    /// Retrieves the quote with the given ID.
    ///
    /// `GET /v1/quotes/{quote}`
    pub async fn retrieve(
        &self,
        quote: &str,
        params: &QuoteRetrieveParams,
    ) -> Result<models::Quote, runtime::Error<QuoteRetrieveError>> {
        self.retrieve_with_response(quote, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "quote")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        quote: &str,
        params: &QuoteRetrieveParams,
    ) -> Result<runtime::Response<models::Quote>, runtime::Error<QuoteRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/quotes/"),
            runtime::encode_path_segment(quote)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/quotes/{quote}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "quote")]
    /// A quote models prices and services for a customer.
    ///
    /// `POST /v1/quotes/{quote}`
    pub async fn update(
        &self,
        quote: &str,
        body: Option<&models::QuoteUpdateParams>,
    ) -> Result<models::Quote, runtime::Error<QuoteUpdateError>> {
        self.update_with_response(quote, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "quote")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        quote: &str,
        body: Option<&models::QuoteUpdateParams>,
    ) -> Result<runtime::Response<models::Quote>, runtime::Error<QuoteUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/quotes/"),
            runtime::encode_path_segment(quote)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/quotes/{quote}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "quote")]
    /// Accepts the specified quote.
    ///
    /// `POST /v1/quotes/{quote}/accept`
    pub async fn accept(
        &self,
        quote: &str,
        body: Option<&models::QuoteAcceptParams>,
    ) -> Result<models::Quote, runtime::Error<QuoteAcceptError>> {
        self.accept_with_response(quote, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "quote")]
    /// Like [`accept`](Self::accept), with the response's status, headers and request id.
    pub async fn accept_with_response(
        &self,
        quote: &str,
        body: Option<&models::QuoteAcceptParams>,
    ) -> Result<runtime::Response<models::Quote>, runtime::Error<QuoteAcceptError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/quotes/"),
            runtime::encode_path_segment(quote)?,
            std::borrow::Cow::Borrowed("/accept"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/quotes/{quote}/accept", runtime::decode_json)
            .await
    }
    #[cfg(feature = "quote")]
    /// Cancels the quote.
    ///
    /// `POST /v1/quotes/{quote}/cancel`
    pub async fn cancel(
        &self,
        quote: &str,
        body: Option<&models::QuoteCancelParams>,
    ) -> Result<models::Quote, runtime::Error<QuoteCancelError>> {
        self.cancel_with_response(quote, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "quote")]
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
        &self,
        quote: &str,
        body: Option<&models::QuoteCancelParams>,
    ) -> Result<runtime::Response<models::Quote>, runtime::Error<QuoteCancelError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/quotes/"),
            runtime::encode_path_segment(quote)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/quotes/{quote}/cancel", runtime::decode_json)
            .await
    }
    #[cfg(feature = "item")]
    /// When retrieving a quote, there is an includable [**computed.upfront.line_items**](https://stripe.com/docs/api/quotes/object#quote_object-computed-upfront-line_items) property containing the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of upfront line items.
    ///
    /// `GET /v1/quotes/{quote}/computed_upfront_line_items`
    pub async fn computed_upfront_line_items(
        &self,
        quote: &str,
        params: &QuoteComputedUpfrontLineItemsParams,
    ) -> Result<
        models::QuoteComputedUpfrontLineItemsResponse,
        runtime::Error<QuoteComputedUpfrontLineItemsError>,
    > {
        self.computed_upfront_line_items_with_response(quote, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "item")]
    /// Like [`computed_upfront_line_items`](Self::computed_upfront_line_items), with the response's status, headers and request id.
    pub async fn computed_upfront_line_items_with_response(
        &self,
        quote: &str,
        params: &QuoteComputedUpfrontLineItemsParams,
    ) -> Result<
        runtime::Response<models::QuoteComputedUpfrontLineItemsResponse>,
        runtime::Error<QuoteComputedUpfrontLineItemsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/quotes/"),
            runtime::encode_path_segment(quote)?,
            std::borrow::Cow::Borrowed("/computed_upfront_line_items"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/quotes/{quote}/computed_upfront_line_items",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`computed_upfront_line_items`](Self::computed_upfront_line_items), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "item")]
    pub fn computed_upfront_line_items_stream(
        &self,
        quote: &str,
        params: &QuoteComputedUpfrontLineItemsParams,
    ) -> runtime::Paginator<models::Item, QuoteComputedUpfrontLineItemsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let quote = quote.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let quote = quote.clone();
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
                        .quotes()
                        .computed_upfront_line_items_with_response(&quote, &params)
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
    #[cfg(feature = "quote")]
    /// Finalizes the quote.
    ///
    /// `POST /v1/quotes/{quote}/finalize`
    pub async fn finalize(
        &self,
        quote: &str,
        body: Option<&models::QuoteFinalizeParams>,
    ) -> Result<models::Quote, runtime::Error<QuoteFinalizeError>> {
        self.finalize_with_response(quote, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "quote")]
    /// Like [`finalize`](Self::finalize), with the response's status, headers and request id.
    pub async fn finalize_with_response(
        &self,
        quote: &str,
        body: Option<&models::QuoteFinalizeParams>,
    ) -> Result<runtime::Response<models::Quote>, runtime::Error<QuoteFinalizeError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/quotes/"),
            runtime::encode_path_segment(quote)?,
            std::borrow::Cow::Borrowed("/finalize"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/quotes/{quote}/finalize", runtime::decode_json)
            .await
    }
    #[cfg(feature = "item")]
    /// When retrieving a quote, there is an includable **line_items** property containing the first handful of those items. There is also a URL where you can retrieve the full (paginated) list of line items.
    ///
    /// `GET /v1/quotes/{quote}/line_items`
    pub async fn line_items(
        &self,
        quote: &str,
        params: &QuoteLineItemsParams,
    ) -> Result<models::QuoteLineItemsResponse, runtime::Error<QuoteLineItemsError>> {
        self.line_items_with_response(quote, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "item")]
    /// Like [`line_items`](Self::line_items), with the response's status, headers and request id.
    pub async fn line_items_with_response(
        &self,
        quote: &str,
        params: &QuoteLineItemsParams,
    ) -> Result<
        runtime::Response<models::QuoteLineItemsResponse>,
        runtime::Error<QuoteLineItemsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/quotes/"),
            runtime::encode_path_segment(quote)?,
            std::borrow::Cow::Borrowed("/line_items"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/quotes/{quote}/line_items", runtime::decode_json)
            .await
    }
    /// Every item of [`line_items`](Self::line_items), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "item")]
    pub fn line_items_stream(
        &self,
        quote: &str,
        params: &QuoteLineItemsParams,
    ) -> runtime::Paginator<models::Item, QuoteLineItemsError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let quote = quote.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let quote = quote.clone();
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
                        .quotes()
                        .line_items_with_response(&quote, &params)
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
    #[cfg(feature = "payment_intent")]
    /// Download the PDF for a finalized quote
    ///
    /// `GET /v1/quotes/{quote}/pdf`
    pub async fn pdf(
        &self,
        quote: &str,
        params: &QuotePdfParams,
    ) -> Result<Vec<u8>, runtime::Error<QuotePdfError>> {
        self.pdf_with_response(quote, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "payment_intent")]
    /// Like [`pdf`](Self::pdf), with the response's status, headers and request id.
    pub async fn pdf_with_response(
        &self,
        quote: &str,
        params: &QuotePdfParams,
    ) -> Result<runtime::Response<Vec<u8>>, runtime::Error<QuotePdfError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/quotes/"),
            runtime::encode_path_segment(quote)?,
            std::borrow::Cow::Borrowed("/pdf"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/quotes/{quote}/pdf", runtime::decode_bytes)
            .await
    }
}
impl crate::resources::RadarEarlyFraudWarnings<'_> {
    #[cfg(feature = "radar_early_fraud_warning")]
    /// Returns a list of early fraud warnings.
    ///
    /// `GET /v1/radar/early_fraud_warnings`
    pub async fn list(
        &self,
        params: &RadarEarlyFraudWarningListParams,
    ) -> Result<
        models::RadarEarlyFraudWarningListResponse,
        runtime::Error<RadarEarlyFraudWarningListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_early_fraud_warning")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &RadarEarlyFraudWarningListParams,
    ) -> Result<
        runtime::Response<models::RadarEarlyFraudWarningListResponse>,
        runtime::Error<RadarEarlyFraudWarningListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/radar/early_fraud_warnings")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "charge",
            &params.charge,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payment_intent",
            &params.payment_intent,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/radar/early_fraud_warnings", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "radar_early_fraud_warning")]
    pub fn list_stream(
        &self,
        params: &RadarEarlyFraudWarningListParams,
    ) -> runtime::Paginator<
        models::RadarEarlyFraudWarning,
        RadarEarlyFraudWarningListError,
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
                        .radar()
                        .early_fraud_warnings()
                        .list_with_response(&params)
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
    #[cfg(feature = "radar_early_fraud_warning")]
    /// Retrieves the details of an early fraud warning that has previously been created.
    ///
    /// Please refer to the early fraud warning object reference for more details.
    ///
    /// `GET /v1/radar/early_fraud_warnings/{early_fraud_warning}`
    pub async fn retrieve(
        &self,
        early_fraud_warning: &str,
        params: &RadarEarlyFraudWarningRetrieveParams,
    ) -> Result<
        models::RadarEarlyFraudWarning,
        runtime::Error<RadarEarlyFraudWarningRetrieveError>,
    > {
        self.retrieve_with_response(early_fraud_warning, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_early_fraud_warning")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        early_fraud_warning: &str,
        params: &RadarEarlyFraudWarningRetrieveParams,
    ) -> Result<
        runtime::Response<models::RadarEarlyFraudWarning>,
        runtime::Error<RadarEarlyFraudWarningRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/radar/early_fraud_warnings/"),
            runtime::encode_path_segment(early_fraud_warning)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/radar/early_fraud_warnings/{early_fraud_warning}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::RadarValueListItems<'_> {
    #[cfg(feature = "radar_value_list_item")]
    /// Returns a list of `ValueListItem` objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/radar/value_list_items`
    pub async fn list(
        &self,
        params: &RadarValueListItemListParams,
    ) -> Result<
        models::RadarValueListItemListResponse,
        runtime::Error<RadarValueListItemListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list_item")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &RadarValueListItemListParams,
    ) -> Result<
        runtime::Response<models::RadarValueListItemListResponse>,
        runtime::Error<RadarValueListItemListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/radar/value_list_items")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "value",
            &params.value,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "value_list",
            &params.value_list,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/radar/value_list_items", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "radar_value_list_item")]
    pub fn list_stream(
        &self,
        params: &RadarValueListItemListParams,
    ) -> runtime::Paginator<models::RadarValueListItem, RadarValueListItemListError> {
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
                        .radar()
                        .value_list_items()
                        .list_with_response(&params)
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
    #[cfg(feature = "radar_value_list_item")]
    /// Creates a new `ValueListItem` object, which is added to the specified parent value list.
    ///
    /// `POST /v1/radar/value_list_items`
    pub async fn create(
        &self,
        body: &models::RadarValueListItemCreateParams,
    ) -> Result<
        models::RadarValueListItem,
        runtime::Error<RadarValueListItemCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list_item")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::RadarValueListItemCreateParams,
    ) -> Result<
        runtime::Response<models::RadarValueListItem>,
        runtime::Error<RadarValueListItemCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/radar/value_list_items")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/radar/value_list_items", runtime::decode_json)
            .await
    }
    #[cfg(feature = "radar_value_list_item")]
    /// Retrieves a `ValueListItem` object.
    ///
    /// `GET /v1/radar/value_list_items/{item}`
    pub async fn retrieve(
        &self,
        item: &str,
        params: &RadarValueListItemRetrieveParams,
    ) -> Result<
        models::RadarValueListItem,
        runtime::Error<RadarValueListItemRetrieveError>,
    > {
        self.retrieve_with_response(item, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list_item")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        item: &str,
        params: &RadarValueListItemRetrieveParams,
    ) -> Result<
        runtime::Response<models::RadarValueListItem>,
        runtime::Error<RadarValueListItemRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/radar/value_list_items/"),
            runtime::encode_path_segment(item)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/radar/value_list_items/{item}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "radar_value_list_item")]
    /// Deletes a `ValueListItem` object, removing it from its parent value list.
    ///
    /// `DELETE /v1/radar/value_list_items/{item}`
    pub async fn delete(
        &self,
        item: &str,
    ) -> Result<
        models::DeletedRadarValueListItem,
        runtime::Error<RadarValueListItemDeleteError>,
    > {
        self.delete_with_response(item).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list_item")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        item: &str,
    ) -> Result<
        runtime::Response<models::DeletedRadarValueListItem>,
        runtime::Error<RadarValueListItemDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/radar/value_list_items/"),
            runtime::encode_path_segment(item)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/radar/value_list_items/{item}", runtime::decode_json)
            .await
    }
}
impl crate::resources::RadarValueLists<'_> {
    #[cfg(feature = "radar_value_list")]
    /// Returns a list of `ValueList` objects. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/radar/value_lists`
    pub async fn list(
        &self,
        params: &RadarValueListListParams,
    ) -> Result<
        models::RadarValueListListResponse,
        runtime::Error<RadarValueListListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &RadarValueListListParams,
    ) -> Result<
        runtime::Response<models::RadarValueListListResponse>,
        runtime::Error<RadarValueListListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/radar/value_lists")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "alias",
            &params.alias,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "contains",
            &params.contains,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/radar/value_lists", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "radar_value_list")]
    pub fn list_stream(
        &self,
        params: &RadarValueListListParams,
    ) -> runtime::Paginator<models::RadarValueList, RadarValueListListError> {
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
                        .radar()
                        .value_lists()
                        .list_with_response(&params)
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
    #[cfg(feature = "radar_value_list")]
    /// Creates a new `ValueList` object, which can then be referenced in rules.
    ///
    /// `POST /v1/radar/value_lists`
    pub async fn create(
        &self,
        body: &models::RadarValueListCreateParams,
    ) -> Result<models::RadarValueList, runtime::Error<RadarValueListCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::RadarValueListCreateParams,
    ) -> Result<
        runtime::Response<models::RadarValueList>,
        runtime::Error<RadarValueListCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/radar/value_lists")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/radar/value_lists", runtime::decode_json)
            .await
    }
    #[cfg(feature = "radar_value_list")]
    /// Retrieves a `ValueList` object.
    ///
    /// `GET /v1/radar/value_lists/{value_list}`
    pub async fn retrieve(
        &self,
        value_list: &str,
        params: &RadarValueListRetrieveParams,
    ) -> Result<models::RadarValueList, runtime::Error<RadarValueListRetrieveError>> {
        self.retrieve_with_response(value_list, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        value_list: &str,
        params: &RadarValueListRetrieveParams,
    ) -> Result<
        runtime::Response<models::RadarValueList>,
        runtime::Error<RadarValueListRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/radar/value_lists/"),
            runtime::encode_path_segment(value_list)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/radar/value_lists/{value_list}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "radar_value_list")]
    /// Updates a `ValueList` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged. Note that `item_type` is immutable.
    ///
    /// `POST /v1/radar/value_lists/{value_list}`
    pub async fn update(
        &self,
        value_list: &str,
        body: Option<&models::RadarValueListUpdateParams>,
    ) -> Result<models::RadarValueList, runtime::Error<RadarValueListUpdateError>> {
        self.update_with_response(value_list, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        value_list: &str,
        body: Option<&models::RadarValueListUpdateParams>,
    ) -> Result<
        runtime::Response<models::RadarValueList>,
        runtime::Error<RadarValueListUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/radar/value_lists/"),
            runtime::encode_path_segment(value_list)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/radar/value_lists/{value_list}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "radar_value_list")]
    /// Deletes a `ValueList` object, also deleting any items contained within the value list. To be deleted, a value list must not be referenced in any rules.
    ///
    /// `DELETE /v1/radar/value_lists/{value_list}`
    pub async fn delete(
        &self,
        value_list: &str,
    ) -> Result<
        models::DeletedRadarValueList,
        runtime::Error<RadarValueListDeleteError>,
    > {
        self.delete_with_response(value_list).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "radar_value_list")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        value_list: &str,
    ) -> Result<
        runtime::Response<models::DeletedRadarValueList>,
        runtime::Error<RadarValueListDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/radar/value_lists/"),
            runtime::encode_path_segment(value_list)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/radar/value_lists/{value_list}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Recipients<'_> {
    #[cfg(feature = "recipient")]
    /// Returns a list of your recipients. The recipients are returned sorted by creation date, with the most recently created recipients appearing first.
    ///
    /// `GET /v1/recipients`
    pub async fn list(
        &self,
        params: &RecipientListParams,
    ) -> Result<models::RecipientListResponse, runtime::Error<RecipientListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "recipient")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &RecipientListParams,
    ) -> Result<
        runtime::Response<models::RecipientListResponse>,
        runtime::Error<RecipientListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/recipients")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "type",
            &params.r#type,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "verified",
            &params.verified,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/recipients", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "recipient")]
    pub fn list_stream(
        &self,
        params: &RecipientListParams,
    ) -> runtime::Paginator<models::Recipient, RecipientListError> {
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
                        .recipients()
                        .list_with_response(&params)
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
    #[cfg(feature = "recipient")]
    /// Creates a new `Recipient` object and verifies the recipient’s identity.
    /// Also verifies the recipient’s bank account information or debit card, if either is provided.
    ///
    /// `POST /v1/recipients`
    pub async fn create(
        &self,
        body: &models::RecipientCreateParams,
    ) -> Result<models::Recipient, runtime::Error<RecipientCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "recipient")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::RecipientCreateParams,
    ) -> Result<
        runtime::Response<models::Recipient>,
        runtime::Error<RecipientCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/recipients")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/recipients", runtime::decode_json)
            .await
    }
    #[cfg(feature = "recipient")]
    /// Retrieves the details of an existing recipient. You need only supply the unique recipient identifier that was returned upon recipient creation.
    ///
    /// `GET /v1/recipients/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &RecipientRetrieveParams,
    ) -> Result<
        models::RecipientOrDeletedRecipient,
        runtime::Error<RecipientRetrieveError>,
    > {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "recipient")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &RecipientRetrieveParams,
    ) -> Result<
        runtime::Response<models::RecipientOrDeletedRecipient>,
        runtime::Error<RecipientRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/recipients/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/recipients/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "recipient")]
    /// Updates the specified recipient by setting the values of the parameters passed.
    /// Any parameters not provided will be left unchanged.
    ///
    /// If you update the name or tax ID, the identity verification will automatically be rerun.
    /// If you update the bank account, the bank account validation will automatically be rerun.
    ///
    /// `POST /v1/recipients/{id}`
    pub async fn update(
        &self,
        id: &str,
        body: Option<&models::RecipientUpdateParams>,
    ) -> Result<models::Recipient, runtime::Error<RecipientUpdateError>> {
        self.update_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "recipient")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        id: &str,
        body: Option<&models::RecipientUpdateParams>,
    ) -> Result<
        runtime::Response<models::Recipient>,
        runtime::Error<RecipientUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/recipients/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/recipients/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "recipient")]
    /// Permanently deletes a recipient. It cannot be undone.
    ///
    /// `DELETE /v1/recipients/{id}`
    pub async fn delete(
        &self,
        id: &str,
    ) -> Result<models::DeletedRecipient, runtime::Error<RecipientDeleteError>> {
        self.delete_with_response(id).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "recipient")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        id: &str,
    ) -> Result<
        runtime::Response<models::DeletedRecipient>,
        runtime::Error<RecipientDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/recipients/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/recipients/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Refunds<'_> {
    #[cfg(feature = "refund")]
    /// Returns a list of all refunds you’ve previously created. The refunds are returned in sorted order, with the most recent refunds appearing first. For convenience, the 10 most recent refunds are always available by default on the charge object.
    ///
    /// `GET /v1/refunds`
    pub async fn list(
        &self,
        params: &RefundListParams,
    ) -> Result<models::RefundListResponse, runtime::Error<RefundListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "refund")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &RefundListParams,
    ) -> Result<
        runtime::Response<models::RefundListResponse>,
        runtime::Error<RefundListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/refunds")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "charge",
            &params.charge,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payment_intent",
            &params.payment_intent,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/refunds", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "refund")]
    pub fn list_stream(
        &self,
        params: &RefundListParams,
    ) -> runtime::Paginator<models::Refund, RefundListError> {
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
                    let response = client.refunds().list_with_response(&params).await?;
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
    #[cfg(feature = "refund")]
    /// Create a refund.
    ///
    /// `POST /v1/refunds`
    pub async fn create(
        &self,
        body: Option<&models::RefundCreateParams>,
    ) -> Result<models::Refund, runtime::Error<RefundCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "refund")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::RefundCreateParams>,
    ) -> Result<runtime::Response<models::Refund>, runtime::Error<RefundCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/refunds")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client.transport.execute(request, "/v1/refunds", runtime::decode_json).await
    }
    #[cfg(feature = "refund")]
    /// Retrieves the details of an existing refund.
    ///
    /// `GET /v1/refunds/{refund}`
    pub async fn retrieve(
        &self,
        refund: &str,
        params: &RefundRetrieveParams,
    ) -> Result<models::Refund, runtime::Error<RefundRetrieveError>> {
        self.retrieve_with_response(refund, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "refund")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        refund: &str,
        params: &RefundRetrieveParams,
    ) -> Result<runtime::Response<models::Refund>, runtime::Error<RefundRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/refunds/"),
            runtime::encode_path_segment(refund)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/refunds/{refund}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "refund")]
    /// Updates the specified refund by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// This request only accepts `metadata` as an argument.
    ///
    /// `POST /v1/refunds/{refund}`
    pub async fn update(
        &self,
        refund: &str,
        body: Option<&models::RefundUpdateParams>,
    ) -> Result<models::Refund, runtime::Error<RefundUpdateError>> {
        self.update_with_response(refund, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "refund")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        refund: &str,
        body: Option<&models::RefundUpdateParams>,
    ) -> Result<runtime::Response<models::Refund>, runtime::Error<RefundUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/refunds/"),
            runtime::encode_path_segment(refund)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/refunds/{refund}", runtime::decode_json)
            .await
    }
}
impl crate::resources::ReportingReportRuns<'_> {
    #[cfg(feature = "reporting_report_run")]
    /// Returns a list of Report Runs, with the most recent appearing first.
    ///
    /// `GET /v1/reporting/report_runs`
    pub async fn list(
        &self,
        params: &ReportingReportRunListParams,
    ) -> Result<
        models::ReportingReportRunListResponse,
        runtime::Error<ReportingReportRunListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "reporting_report_run")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &ReportingReportRunListParams,
    ) -> Result<
        runtime::Response<models::ReportingReportRunListResponse>,
        runtime::Error<ReportingReportRunListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/reporting/report_runs")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/reporting/report_runs", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "reporting_report_run")]
    pub fn list_stream(
        &self,
        params: &ReportingReportRunListParams,
    ) -> runtime::Paginator<models::ReportingReportRun, ReportingReportRunListError> {
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
                        .reporting()
                        .report_runs()
                        .list_with_response(&params)
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
    #[cfg(feature = "reporting_report_run")]
    /// Creates a new object and begin running the report. (Certain report types require a [live-mode API key](https://stripe.com/docs/keys#test-live-modes).)
    ///
    /// `POST /v1/reporting/report_runs`
    pub async fn create(
        &self,
        body: &models::ReportingReportRunCreateParams,
    ) -> Result<
        models::ReportingReportRun,
        runtime::Error<ReportingReportRunCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "reporting_report_run")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::ReportingReportRunCreateParams,
    ) -> Result<
        runtime::Response<models::ReportingReportRun>,
        runtime::Error<ReportingReportRunCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/reporting/report_runs")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/reporting/report_runs", runtime::decode_json)
            .await
    }
    #[cfg(feature = "reporting_report_run")]
    /// Retrieves the details of an existing Report Run.
    ///
    /// `GET /v1/reporting/report_runs/{report_run}`
    pub async fn retrieve(
        &self,
        report_run: &str,
        params: &ReportingReportRunRetrieveParams,
    ) -> Result<
        models::ReportingReportRun,
        runtime::Error<ReportingReportRunRetrieveError>,
    > {
        self.retrieve_with_response(report_run, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "reporting_report_run")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        report_run: &str,
        params: &ReportingReportRunRetrieveParams,
    ) -> Result<
        runtime::Response<models::ReportingReportRun>,
        runtime::Error<ReportingReportRunRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/reporting/report_runs/"),
            runtime::encode_path_segment(report_run)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/reporting/report_runs/{report_run}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::ReportingReportTypes<'_> {
    #[cfg(feature = "reporting_report_type")]
    /// Returns a full list of Report Types.
    ///
    /// `GET /v1/reporting/report_types`
    pub async fn list(
        &self,
        params: &ReportingReportTypeListParams,
    ) -> Result<
        models::ReportingReportTypeListResponse,
        runtime::Error<ReportingReportTypeListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "reporting_report_type")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &ReportingReportTypeListParams,
    ) -> Result<
        runtime::Response<models::ReportingReportTypeListResponse>,
        runtime::Error<ReportingReportTypeListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/reporting/report_types")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/reporting/report_types", runtime::decode_json)
            .await
    }
    #[cfg(feature = "reporting_report_type")]
    /// Retrieves the details of a Report Type. (Certain report types require a [live-mode API key](https://stripe.com/docs/keys#test-live-modes).)
    ///
    /// `GET /v1/reporting/report_types/{report_type}`
    pub async fn retrieve(
        &self,
        report_type: &str,
        params: &ReportingReportTypeRetrieveParams,
    ) -> Result<
        models::ReportingReportType,
        runtime::Error<ReportingReportTypeRetrieveError>,
    > {
        self.retrieve_with_response(report_type, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "reporting_report_type")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        report_type: &str,
        params: &ReportingReportTypeRetrieveParams,
    ) -> Result<
        runtime::Response<models::ReportingReportType>,
        runtime::Error<ReportingReportTypeRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/reporting/report_types/"),
            runtime::encode_path_segment(report_type)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/reporting/report_types/{report_type}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Reviews<'_> {
    #[cfg(feature = "review")]
    /// Returns a list of `Review` objects that have `open` set to `true`. The objects are sorted in descending order by creation date, with the most recently created object appearing first.
    ///
    /// `GET /v1/reviews`
    pub async fn list(
        &self,
        params: &ReviewListParams,
    ) -> Result<models::ReviewListResponse, runtime::Error<ReviewListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "review")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &ReviewListParams,
    ) -> Result<
        runtime::Response<models::ReviewListResponse>,
        runtime::Error<ReviewListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/reviews")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/reviews", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "review")]
    pub fn list_stream(
        &self,
        params: &ReviewListParams,
    ) -> runtime::Paginator<models::Review, ReviewListError> {
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
                    let response = client.reviews().list_with_response(&params).await?;
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
    #[cfg(feature = "review")]
    /// Retrieves a `Review` object.
    ///
    /// `GET /v1/reviews/{review}`
    pub async fn retrieve(
        &self,
        review: &str,
        params: &ReviewRetrieveParams,
    ) -> Result<models::Review, runtime::Error<ReviewRetrieveError>> {
        self.retrieve_with_response(review, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "review")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        review: &str,
        params: &ReviewRetrieveParams,
    ) -> Result<runtime::Response<models::Review>, runtime::Error<ReviewRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/reviews/"),
            runtime::encode_path_segment(review)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/reviews/{review}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "review")]
    /// Approves a `Review` object, closing it and removing it from the list of reviews.
    ///
    /// `POST /v1/reviews/{review}/approve`
    pub async fn approve(
        &self,
        review: &str,
        body: Option<&models::ReviewApproveParams>,
    ) -> Result<models::Review, runtime::Error<ReviewApproveError>> {
        self.approve_with_response(review, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "review")]
    /// Like [`approve`](Self::approve), with the response's status, headers and request id.
    pub async fn approve_with_response(
        &self,
        review: &str,
        body: Option<&models::ReviewApproveParams>,
    ) -> Result<runtime::Response<models::Review>, runtime::Error<ReviewApproveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/reviews/"),
            runtime::encode_path_segment(review)?,
            std::borrow::Cow::Borrowed("/approve"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/reviews/{review}/approve", runtime::decode_json)
            .await
    }
}
impl crate::resources::SetupAttempts<'_> {
    #[cfg(feature = "setup_attempt")]
    /// Returns a list of SetupAttempts associated with a provided SetupIntent.
    ///
    /// `GET /v1/setup_attempts`
    pub async fn list(
        &self,
        params: &SetupAttemptParams,
    ) -> Result<models::SetupAttemptResponse, runtime::Error<SetupAttemptError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "setup_attempt")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &SetupAttemptParams,
    ) -> Result<
        runtime::Response<models::SetupAttemptResponse>,
        runtime::Error<SetupAttemptError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/setup_attempts")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "setup_intent",
            &params.setup_intent,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/setup_attempts", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "setup_attempt")]
    pub fn list_stream(
        &self,
        params: &SetupAttemptParams,
    ) -> runtime::Paginator<models::SetupAttempt, SetupAttemptError> {
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
                        .setup_attempts()
                        .list_with_response(&params)
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
impl crate::resources::SetupIntents<'_> {
    #[cfg(feature = "setup_intent")]
    /// Returns a list of SetupIntents.
    ///
    /// `GET /v1/setup_intents`
    pub async fn list(
        &self,
        params: &SetupIntentListParams,
    ) -> Result<models::SetupIntentListResponse, runtime::Error<SetupIntentListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "setup_intent")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &SetupIntentListParams,
    ) -> Result<
        runtime::Response<models::SetupIntentListResponse>,
        runtime::Error<SetupIntentListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/setup_intents")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "payment_method",
            &params.payment_method,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/setup_intents", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "setup_intent")]
    pub fn list_stream(
        &self,
        params: &SetupIntentListParams,
    ) -> runtime::Paginator<models::SetupIntent, SetupIntentListError> {
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
                        .setup_intents()
                        .list_with_response(&params)
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
    #[cfg(feature = "setup_intent")]
    /// Creates a SetupIntent object.
    ///
    /// After the SetupIntent is created, attach a payment method and confirm
    /// to collect any required permissions to charge the payment method later.
    ///
    /// `POST /v1/setup_intents`
    pub async fn create(
        &self,
        body: Option<&models::SetupIntentCreateParams>,
    ) -> Result<models::SetupIntent, runtime::Error<SetupIntentCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "setup_intent")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::SetupIntentCreateParams>,
    ) -> Result<
        runtime::Response<models::SetupIntent>,
        runtime::Error<SetupIntentCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/setup_intents")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/setup_intents", runtime::decode_json)
            .await
    }
    #[cfg(feature = "setup_intent")]
    /// Retrieves the details of a SetupIntent that has previously been created.
    ///
    /// Client-side retrieval using a publishable key is allowed when the `client_secret` is provided in the query string.
    ///
    /// When retrieved with a publishable key, only a subset of properties will be returned. Please refer to the SetupIntent object reference for more details.
    ///
    /// `GET /v1/setup_intents/{intent}`
    pub async fn retrieve(
        &self,
        intent: &str,
        params: &SetupIntentRetrieveParams,
    ) -> Result<models::SetupIntent, runtime::Error<SetupIntentRetrieveError>> {
        self.retrieve_with_response(intent, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "setup_intent")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        intent: &str,
        params: &SetupIntentRetrieveParams,
    ) -> Result<
        runtime::Response<models::SetupIntent>,
        runtime::Error<SetupIntentRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/setup_intents/"),
            runtime::encode_path_segment(intent)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "client_secret",
            &params.client_secret,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/setup_intents/{intent}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "setup_intent")]
    /// Updates a SetupIntent object.
    ///
    /// `POST /v1/setup_intents/{intent}`
    pub async fn update(
        &self,
        intent: &str,
        body: Option<&models::SetupIntentUpdateParams>,
    ) -> Result<models::SetupIntent, runtime::Error<SetupIntentUpdateError>> {
        self.update_with_response(intent, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "setup_intent")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        intent: &str,
        body: Option<&models::SetupIntentUpdateParams>,
    ) -> Result<
        runtime::Response<models::SetupIntent>,
        runtime::Error<SetupIntentUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/setup_intents/"),
            runtime::encode_path_segment(intent)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/setup_intents/{intent}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "setup_intent")]
    /// A SetupIntent object can be canceled when it is in one of these statuses: `requires_payment_method`, `requires_confirmation`, or `requires_action`.
    ///
    /// Once canceled, setup is abandoned and any operations on the SetupIntent will fail with an error.
    ///
    /// `POST /v1/setup_intents/{intent}/cancel`
    pub async fn cancel(
        &self,
        intent: &str,
        body: Option<&models::SetupIntentCancelParams>,
    ) -> Result<models::SetupIntent, runtime::Error<SetupIntentCancelError>> {
        self.cancel_with_response(intent, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "setup_intent")]
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
        &self,
        intent: &str,
        body: Option<&models::SetupIntentCancelParams>,
    ) -> Result<
        runtime::Response<models::SetupIntent>,
        runtime::Error<SetupIntentCancelError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/setup_intents/"),
            runtime::encode_path_segment(intent)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/setup_intents/{intent}/cancel", runtime::decode_json)
            .await
    }
    #[cfg(feature = "setup_intent")]
    /// Confirm that your customer intends to set up the current or
    /// provided payment method. For example, you would confirm a SetupIntent
    /// when a customer hits the “Save” button on a payment method management
    /// page on your website.
    ///
    /// If the selected payment method does not require any additional
    /// steps from the customer, the SetupIntent will transition to the
    /// `succeeded` status.
    ///
    /// Otherwise, it will transition to the `requires_action` status and
    /// suggest additional actions via `next_action`. If setup fails,
    /// the SetupIntent will transition to the
    /// `requires_payment_method` status.
    ///
    /// `POST /v1/setup_intents/{intent}/confirm`
    pub async fn confirm(
        &self,
        intent: &str,
        body: Option<&models::SetupIntentConfirmParams>,
    ) -> Result<models::SetupIntent, runtime::Error<SetupIntentConfirmError>> {
        self.confirm_with_response(intent, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "setup_intent")]
    /// Like [`confirm`](Self::confirm), with the response's status, headers and request id.
    pub async fn confirm_with_response(
        &self,
        intent: &str,
        body: Option<&models::SetupIntentConfirmParams>,
    ) -> Result<
        runtime::Response<models::SetupIntent>,
        runtime::Error<SetupIntentConfirmError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/setup_intents/"),
            runtime::encode_path_segment(intent)?,
            std::borrow::Cow::Borrowed("/confirm"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/setup_intents/{intent}/confirm", runtime::decode_json)
            .await
    }
}
impl crate::resources::SigmaScheduledQueryRuns<'_> {
    #[cfg(feature = "scheduled_query_run")]
    /// Returns a list of scheduled query runs.
    ///
    /// `GET /v1/sigma/scheduled_query_runs`
    pub async fn list(
        &self,
        params: &SigmaScheduledQueryRunListParams,
    ) -> Result<
        models::SigmaScheduledQueryRunListResponse,
        runtime::Error<SigmaScheduledQueryRunListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "scheduled_query_run")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &SigmaScheduledQueryRunListParams,
    ) -> Result<
        runtime::Response<models::SigmaScheduledQueryRunListResponse>,
        runtime::Error<SigmaScheduledQueryRunListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/sigma/scheduled_query_runs")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/sigma/scheduled_query_runs", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "scheduled_query_run")]
    pub fn list_stream(
        &self,
        params: &SigmaScheduledQueryRunListParams,
    ) -> runtime::Paginator<models::ScheduledQueryRun, SigmaScheduledQueryRunListError> {
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
                        .sigma()
                        .scheduled_query_runs()
                        .list_with_response(&params)
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
    #[cfg(feature = "scheduled_query_run")]
    /// Retrieves the details of an scheduled query run.
    ///
    /// `GET /v1/sigma/scheduled_query_runs/{scheduled_query_run}`
    pub async fn retrieve(
        &self,
        scheduled_query_run: &str,
        params: &SigmaScheduledQueryRunRetrieveParams,
    ) -> Result<
        models::ScheduledQueryRun,
        runtime::Error<SigmaScheduledQueryRunRetrieveError>,
    > {
        self.retrieve_with_response(scheduled_query_run, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "scheduled_query_run")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        scheduled_query_run: &str,
        params: &SigmaScheduledQueryRunRetrieveParams,
    ) -> Result<
        runtime::Response<models::ScheduledQueryRun>,
        runtime::Error<SigmaScheduledQueryRunRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/sigma/scheduled_query_runs/"),
            runtime::encode_path_segment(scheduled_query_run)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/sigma/scheduled_query_runs/{scheduled_query_run}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Skus<'_> {
    #[cfg(feature = "sku")]
    /// Returns a list of your SKUs. The SKUs are returned sorted by creation date, with the most recently created SKUs appearing first.
    ///
    /// `GET /v1/skus`
    pub async fn list(
        &self,
        params: &SkuListParams,
    ) -> Result<models::SkuListResponse, runtime::Error<SkuListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "sku")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &SkuListParams,
    ) -> Result<
        runtime::Response<models::SkuListResponse>,
        runtime::Error<SkuListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/skus")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "attributes",
            &params.attributes,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ids",
            &params.ids,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "in_stock",
            &params.in_stock,
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
            "product",
            &params.product,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/skus", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "sku")]
    pub fn list_stream(
        &self,
        params: &SkuListParams,
    ) -> runtime::Paginator<models::Sku, SkuListError> {
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
                    let response = client.skus().list_with_response(&params).await?;
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
    #[cfg(feature = "sku")]
    /// Creates a new SKU associated with a product.
    ///
    /// `POST /v1/skus`
    pub async fn create(
        &self,
        body: &models::SkuCreateParams,
    ) -> Result<models::Sku, runtime::Error<SkuCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "sku")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::SkuCreateParams,
    ) -> Result<runtime::Response<models::Sku>, runtime::Error<SkuCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/skus")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client.transport.execute(request, "/v1/skus", runtime::decode_json).await
    }
    #[cfg(feature = "sku")]
    /// Retrieves the details of an existing SKU. Supply the unique SKU identifier from either a SKU creation request or from the product, and Stripe will return the corresponding SKU information.
    ///
    /// `GET /v1/skus/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &SkuRetrieveParams,
    ) -> Result<models::SkuOrDeletedSku, runtime::Error<SkuRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "sku")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &SkuRetrieveParams,
    ) -> Result<
        runtime::Response<models::SkuOrDeletedSku>,
        runtime::Error<SkuRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/skus/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/skus/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "sku")]
    /// Updates the specific SKU by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// Note that a SKU’s `attributes` are not editable. Instead, you would need to deactivate the existing SKU and create a new one with the new attribute values.
    ///
    /// `POST /v1/skus/{id}`
    pub async fn update(
        &self,
        id: &str,
        body: Option<&models::SkuUpdateParams>,
    ) -> Result<models::Sku, runtime::Error<SkuUpdateError>> {
        self.update_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "sku")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        id: &str,
        body: Option<&models::SkuUpdateParams>,
    ) -> Result<runtime::Response<models::Sku>, runtime::Error<SkuUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/skus/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/skus/{id}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "sku")]
    /// Delete a SKU. Deleting a SKU is only possible until it has been used in an order.
    ///
    /// `DELETE /v1/skus/{id}`
    pub async fn delete(
        &self,
        id: &str,
    ) -> Result<models::DeletedSku, runtime::Error<SkuDeleteError>> {
        self.delete_with_response(id).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "sku")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        id: &str,
    ) -> Result<runtime::Response<models::DeletedSku>, runtime::Error<SkuDeleteError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/skus/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/skus/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Sources<'_> {
    #[cfg(feature = "source")]
    /// Creates a new source object.
    ///
    /// `POST /v1/sources`
    pub async fn create(
        &self,
        body: Option<&models::SourceCreateParams>,
    ) -> Result<models::Source, runtime::Error<SourceCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "source")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::SourceCreateParams>,
    ) -> Result<runtime::Response<models::Source>, runtime::Error<SourceCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/sources")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client.transport.execute(request, "/v1/sources", runtime::decode_json).await
    }
    #[cfg(feature = "source")]
    /// Retrieves an existing source object. Supply the unique source ID from a source creation request and Stripe will return the corresponding up-to-date source object information.
    ///
    /// `GET /v1/sources/{source}`
    pub async fn retrieve(
        &self,
        source: &str,
        params: &SourceRetrieveParams,
    ) -> Result<models::Source, runtime::Error<SourceRetrieveError>> {
        self.retrieve_with_response(source, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "source")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        source: &str,
        params: &SourceRetrieveParams,
    ) -> Result<runtime::Response<models::Source>, runtime::Error<SourceRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/sources/"),
            runtime::encode_path_segment(source)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "client_secret",
            &params.client_secret,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/sources/{source}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "source")]
    /// Updates the specified source by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// This request accepts the `metadata` and `owner` as arguments. It is also possible to update type specific information for selected payment methods. Please refer to our payment method guides for more detail.
    ///
    /// `POST /v1/sources/{source}`
    pub async fn update(
        &self,
        source: &str,
        body: Option<&models::SourceUpdateParams>,
    ) -> Result<models::Source, runtime::Error<SourceUpdateError>> {
        self.update_with_response(source, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "source")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        source: &str,
        body: Option<&models::SourceUpdateParams>,
    ) -> Result<runtime::Response<models::Source>, runtime::Error<SourceUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/sources/"),
            runtime::encode_path_segment(source)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/sources/{source}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "source")]
    /// Verify a given source.
    ///
    /// `POST /v1/sources/{source}/verify`
    pub async fn verify(
        &self,
        source: &str,
        body: &models::SourceVerifyParams,
    ) -> Result<models::Source, runtime::Error<SourceVerifyError>> {
        self.verify_with_response(source, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "source")]
    /// Like [`verify`](Self::verify), with the response's status, headers and request id.
    pub async fn verify_with_response(
        &self,
        source: &str,
        body: &models::SourceVerifyParams,
    ) -> Result<runtime::Response<models::Source>, runtime::Error<SourceVerifyError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/sources/"),
            runtime::encode_path_segment(source)?,
            std::borrow::Cow::Borrowed("/verify"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/sources/{source}/verify", runtime::decode_json)
            .await
    }
}
impl crate::resources::SourcesMandateNotifications<'_> {
    #[cfg(feature = "source_mandate_notification")]
    /// Retrieves a new Source MandateNotification.
    ///
    /// `GET /v1/sources/{source}/mandate_notifications/{mandate_notification}`
    pub async fn retrieve(
        &self,
        source: &str,
        mandate_notification: &str,
        params: &SourceMandateNotificationRetrieveParams,
    ) -> Result<
        models::SourceMandateNotification,
        runtime::Error<SourceMandateNotificationRetrieveError>,
    > {
        self.retrieve_with_response(source, mandate_notification, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "source_mandate_notification")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        source: &str,
        mandate_notification: &str,
        params: &SourceMandateNotificationRetrieveParams,
    ) -> Result<
        runtime::Response<models::SourceMandateNotification>,
        runtime::Error<SourceMandateNotificationRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/sources/"),
            runtime::encode_path_segment(source)?,
            std::borrow::Cow::Borrowed("/mandate_notifications/"),
            runtime::encode_path_segment(mandate_notification)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/sources/{source}/mandate_notifications/{mandate_notification}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::SourcesSourceTransactions<'_> {
    #[cfg(feature = "source_transaction")]
    /// List source transactions for a given source.
    ///
    /// `GET /v1/sources/{source}/source_transactions`
    pub async fn list(
        &self,
        source: &str,
        params: &SourceSourceTransactionListParams,
    ) -> Result<
        models::SourceSourceTransactionListResponse,
        runtime::Error<SourceSourceTransactionListError>,
    > {
        self.list_with_response(source, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "source_transaction")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        source: &str,
        params: &SourceSourceTransactionListParams,
    ) -> Result<
        runtime::Response<models::SourceSourceTransactionListResponse>,
        runtime::Error<SourceSourceTransactionListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/sources/"),
            runtime::encode_path_segment(source)?,
            std::borrow::Cow::Borrowed("/source_transactions"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/sources/{source}/source_transactions",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "source_transaction")]
    pub fn list_stream(
        &self,
        source: &str,
        params: &SourceSourceTransactionListParams,
    ) -> runtime::Paginator<
        models::SourceTransaction,
        SourceSourceTransactionListError,
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
        let source = source.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let source = source.clone();
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
                        .sources()
                        .source_transactions()
                        .list_with_response(&source, &params)
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
    #[cfg(feature = "source_transaction")]
    /// Retrieve an existing source transaction object. Supply the unique source ID from a source creation request and the source transaction ID and Stripe will return the corresponding up-to-date source object information.
    ///
    /// `GET /v1/sources/{source}/source_transactions/{source_transaction}`
    pub async fn retrieve(
        &self,
        source: &str,
        source_transaction: &str,
        params: &SourceSourceTransactionRetrieveParams,
    ) -> Result<
        models::SourceTransaction,
        runtime::Error<SourceSourceTransactionRetrieveError>,
    > {
        self.retrieve_with_response(source, source_transaction, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "source_transaction")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        source: &str,
        source_transaction: &str,
        params: &SourceSourceTransactionRetrieveParams,
    ) -> Result<
        runtime::Response<models::SourceTransaction>,
        runtime::Error<SourceSourceTransactionRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/sources/"),
            runtime::encode_path_segment(source)?,
            std::borrow::Cow::Borrowed("/source_transactions/"),
            runtime::encode_path_segment(source_transaction)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/sources/{source}/source_transactions/{source_transaction}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::SubscriptionItems<'_> {
    #[cfg(feature = "subscription_item")]
    /// Returns a list of your subscription items for a given subscription.
    ///
    /// `GET /v1/subscription_items`
    pub async fn list(
        &self,
        params: &SubscriptionItemListParams,
    ) -> Result<
        models::SubscriptionItemListResponse,
        runtime::Error<SubscriptionItemListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_item")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &SubscriptionItemListParams,
    ) -> Result<
        runtime::Response<models::SubscriptionItemListResponse>,
        runtime::Error<SubscriptionItemListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/subscription_items")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "subscription",
            &params.subscription,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/subscription_items", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "subscription_item")]
    pub fn list_stream(
        &self,
        params: &SubscriptionItemListParams,
    ) -> runtime::Paginator<models::SubscriptionItem, SubscriptionItemListError> {
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
                        .subscription_items()
                        .list_with_response(&params)
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
    #[cfg(feature = "subscription_item")]
    /// Adds a new item to an existing subscription. No existing items will be changed or replaced.
    ///
    /// `POST /v1/subscription_items`
    pub async fn create(
        &self,
        body: &models::SubscriptionItemCreateParams,
    ) -> Result<models::SubscriptionItem, runtime::Error<SubscriptionItemCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_item")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::SubscriptionItemCreateParams,
    ) -> Result<
        runtime::Response<models::SubscriptionItem>,
        runtime::Error<SubscriptionItemCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/subscription_items")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/subscription_items", runtime::decode_json)
            .await
    }
    #[cfg(feature = "subscription_item")]
    /// Retrieves the subscription item with the given ID.
    ///
    /// `GET /v1/subscription_items/{item}`
    pub async fn retrieve(
        &self,
        item: &str,
        params: &SubscriptionItemRetrieveParams,
    ) -> Result<
        models::SubscriptionItem,
        runtime::Error<SubscriptionItemRetrieveError>,
    > {
        self.retrieve_with_response(item, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_item")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        item: &str,
        params: &SubscriptionItemRetrieveParams,
    ) -> Result<
        runtime::Response<models::SubscriptionItem>,
        runtime::Error<SubscriptionItemRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_items/"),
            runtime::encode_path_segment(item)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/subscription_items/{item}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "subscription_item")]
    /// Updates the plan or quantity of an item on a current subscription.
    ///
    /// `POST /v1/subscription_items/{item}`
    pub async fn update(
        &self,
        item: &str,
        body: Option<&models::SubscriptionItemUpdateParams>,
    ) -> Result<models::SubscriptionItem, runtime::Error<SubscriptionItemUpdateError>> {
        self.update_with_response(item, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_item")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        item: &str,
        body: Option<&models::SubscriptionItemUpdateParams>,
    ) -> Result<
        runtime::Response<models::SubscriptionItem>,
        runtime::Error<SubscriptionItemUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_items/"),
            runtime::encode_path_segment(item)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/subscription_items/{item}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "subscription_item")]
    /// Deletes an item from the subscription. Removing a subscription item from a subscription will not cancel the subscription.
    ///
    /// `DELETE /v1/subscription_items/{item}`
    pub async fn delete(
        &self,
        item: &str,
        body: Option<&models::SubscriptionItemDeleteParams>,
    ) -> Result<
        models::DeletedSubscriptionItem,
        runtime::Error<SubscriptionItemDeleteError>,
    > {
        self.delete_with_response(item, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_item")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        item: &str,
        body: Option<&models::SubscriptionItemDeleteParams>,
    ) -> Result<
        runtime::Response<models::DeletedSubscriptionItem>,
        runtime::Error<SubscriptionItemDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_items/"),
            runtime::encode_path_segment(item)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/subscription_items/{item}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "usage_record_summary")]
    /// For the specified subscription item, returns a list of summary objects. Each object in the list provides usage information that’s been summarized from multiple usage records and over a subscription billing period (e.g., 15 usage records in the month of September).
    ///
    /// The list is sorted in reverse-chronological order (newest first). The first list item represents the most current usage period that hasn’t ended yet. Since new usage records can still be added, the returned summary information for the subscription item’s ID should be seen as unstable until the subscription billing period ends.
    ///
    /// `GET /v1/subscription_items/{subscription_item}/usage_record_summaries`
    pub async fn usage_record_summaries(
        &self,
        subscription_item: &str,
        params: &SubscriptionItemUsageRecordSummariesParams,
    ) -> Result<
        models::SubscriptionItemUsageRecordSummariesResponse,
        runtime::Error<SubscriptionItemUsageRecordSummariesError>,
    > {
        self.usage_record_summaries_with_response(subscription_item, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "usage_record_summary")]
    /// Like [`usage_record_summaries`](Self::usage_record_summaries), with the response's status, headers and request id.
    pub async fn usage_record_summaries_with_response(
        &self,
        subscription_item: &str,
        params: &SubscriptionItemUsageRecordSummariesParams,
    ) -> Result<
        runtime::Response<models::SubscriptionItemUsageRecordSummariesResponse>,
        runtime::Error<SubscriptionItemUsageRecordSummariesError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_items/"),
            runtime::encode_path_segment(subscription_item)?,
            std::borrow::Cow::Borrowed("/usage_record_summaries"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/subscription_items/{subscription_item}/usage_record_summaries",
                runtime::decode_json,
            )
            .await
    }
    /// Every item of [`usage_record_summaries`](Self::usage_record_summaries), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "usage_record_summary")]
    pub fn usage_record_summaries_stream(
        &self,
        subscription_item: &str,
        params: &SubscriptionItemUsageRecordSummariesParams,
    ) -> runtime::Paginator<
        models::UsageRecordSummary,
        SubscriptionItemUsageRecordSummariesError,
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
        let subscription_item = subscription_item.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let subscription_item = subscription_item.clone();
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
                        .subscription_items()
                        .usage_record_summaries_with_response(
                            &subscription_item,
                            &params,
                        )
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
    #[cfg(feature = "usage_record")]
    /// Creates a usage record for a specified subscription item and date, and fills it with a quantity.
    ///
    /// Usage records provide `quantity` information that Stripe uses to track how much a customer is using your service. With usage information and the pricing model set up by the [metered billing](https://stripe.com/docs/billing/subscriptions/metered-billing) plan, Stripe helps you send accurate invoices to your customers.
    ///
    /// The default calculation for usage is to add up all the `quantity` values of the usage records within a billing period. You can change this default behavior with the billing plan’s `aggregate_usage` parameter. When there is more than one usage record with the same timestamp, Stripe adds the `quantity` values together. In most cases, this is the desired resolution, however, you can change this behavior with the `action` parameter.
    ///
    /// The default pricing model for metered billing is per-unit pricing. For finer granularity, you can configure metered billing to have a [tiered pricing](https://stripe.com/docs/billing/subscriptions/tiers) model.
    ///
    /// `POST /v1/subscription_items/{subscription_item}/usage_records`
    pub async fn usage_records(
        &self,
        subscription_item: &str,
        body: &models::SubscriptionItemUsageRecordsParams,
    ) -> Result<models::UsageRecord, runtime::Error<SubscriptionItemUsageRecordsError>> {
        self.usage_records_with_response(subscription_item, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "usage_record")]
    /// Like [`usage_records`](Self::usage_records), with the response's status, headers and request id.
    pub async fn usage_records_with_response(
        &self,
        subscription_item: &str,
        body: &models::SubscriptionItemUsageRecordsParams,
    ) -> Result<
        runtime::Response<models::UsageRecord>,
        runtime::Error<SubscriptionItemUsageRecordsError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_items/"),
            runtime::encode_path_segment(subscription_item)?,
            std::borrow::Cow::Borrowed("/usage_records"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(
                request,
                "/v1/subscription_items/{subscription_item}/usage_records",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::SubscriptionSchedules<'_> {
    #[cfg(feature = "subscription_schedule")]
    /// Retrieves the list of your subscription schedules.
    ///
    /// `GET /v1/subscription_schedules`
    pub async fn list(
        &self,
        params: &SubscriptionScheduleListParams,
    ) -> Result<
        models::SubscriptionScheduleListResponse,
        runtime::Error<SubscriptionScheduleListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_schedule")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &SubscriptionScheduleListParams,
    ) -> Result<
        runtime::Response<models::SubscriptionScheduleListResponse>,
        runtime::Error<SubscriptionScheduleListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/subscription_schedules")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "canceled_at",
            &params.canceled_at,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "completed_at",
            &params.completed_at,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "released_at",
            &params.released_at,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "scheduled",
            &params.scheduled,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "starting_after",
            &params.starting_after,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/subscription_schedules", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "subscription_schedule")]
    pub fn list_stream(
        &self,
        params: &SubscriptionScheduleListParams,
    ) -> runtime::Paginator<
        models::SubscriptionSchedule,
        SubscriptionScheduleListError,
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
                        .subscription_schedules()
                        .list_with_response(&params)
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
    #[cfg(feature = "subscription_schedule")]
    /// Creates a new subscription schedule object. Each customer can have up to 500 active or scheduled subscriptions.
    ///
    /// `POST /v1/subscription_schedules`
    pub async fn create(
        &self,
        body: Option<&models::SubscriptionScheduleCreateParams>,
    ) -> Result<
        models::SubscriptionSchedule,
        runtime::Error<SubscriptionScheduleCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_schedule")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::SubscriptionScheduleCreateParams>,
    ) -> Result<
        runtime::Response<models::SubscriptionSchedule>,
        runtime::Error<SubscriptionScheduleCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/subscription_schedules")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/subscription_schedules", runtime::decode_json)
            .await
    }
    #[cfg(feature = "subscription_schedule")]
    /// Retrieves the details of an existing subscription schedule. You only need to supply the unique subscription schedule identifier that was returned upon subscription schedule creation.
    ///
    /// `GET /v1/subscription_schedules/{schedule}`
    pub async fn retrieve(
        &self,
        schedule: &str,
        params: &SubscriptionScheduleRetrieveParams,
    ) -> Result<
        models::SubscriptionSchedule,
        runtime::Error<SubscriptionScheduleRetrieveError>,
    > {
        self.retrieve_with_response(schedule, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_schedule")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        schedule: &str,
        params: &SubscriptionScheduleRetrieveParams,
    ) -> Result<
        runtime::Response<models::SubscriptionSchedule>,
        runtime::Error<SubscriptionScheduleRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_schedules/"),
            runtime::encode_path_segment(schedule)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/subscription_schedules/{schedule}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "subscription_schedule")]
    /// Updates an existing subscription schedule.
    ///
    /// `POST /v1/subscription_schedules/{schedule}`
    pub async fn update(
        &self,
        schedule: &str,
        body: Option<&models::SubscriptionScheduleUpdateParams>,
    ) -> Result<
        models::SubscriptionSchedule,
        runtime::Error<SubscriptionScheduleUpdateError>,
    > {
        self.update_with_response(schedule, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_schedule")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        schedule: &str,
        body: Option<&models::SubscriptionScheduleUpdateParams>,
    ) -> Result<
        runtime::Response<models::SubscriptionSchedule>,
        runtime::Error<SubscriptionScheduleUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_schedules/"),
            runtime::encode_path_segment(schedule)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/subscription_schedules/{schedule}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "subscription_schedule")]
    /// Cancels a subscription schedule and its associated subscription immediately (if the subscription schedule has an active subscription). A subscription schedule can only be canceled if its status is `not_started` or `active`.
    ///
    /// `POST /v1/subscription_schedules/{schedule}/cancel`
    pub async fn cancel(
        &self,
        schedule: &str,
        body: Option<&models::SubscriptionScheduleCancelParams>,
    ) -> Result<
        models::SubscriptionSchedule,
        runtime::Error<SubscriptionScheduleCancelError>,
    > {
        self.cancel_with_response(schedule, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_schedule")]
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
        &self,
        schedule: &str,
        body: Option<&models::SubscriptionScheduleCancelParams>,
    ) -> Result<
        runtime::Response<models::SubscriptionSchedule>,
        runtime::Error<SubscriptionScheduleCancelError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_schedules/"),
            runtime::encode_path_segment(schedule)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/subscription_schedules/{schedule}/cancel",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "subscription_schedule")]
    /// Releases the subscription schedule immediately, which will stop scheduling of its phases, but leave any existing subscription in place. A schedule can only be released if its status is `not_started` or `active`. If the subscription schedule is currently associated with a subscription, releasing it will remove its `subscription` property and set the subscription’s ID to the `released_subscription` property.
    ///
    /// `POST /v1/subscription_schedules/{schedule}/release`
    pub async fn release(
        &self,
        schedule: &str,
        body: Option<&models::SubscriptionScheduleReleaseParams>,
    ) -> Result<
        models::SubscriptionSchedule,
        runtime::Error<SubscriptionScheduleReleaseError>,
    > {
        self.release_with_response(schedule, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription_schedule")]
    /// Like [`release`](Self::release), with the response's status, headers and request id.
    pub async fn release_with_response(
        &self,
        schedule: &str,
        body: Option<&models::SubscriptionScheduleReleaseParams>,
    ) -> Result<
        runtime::Response<models::SubscriptionSchedule>,
        runtime::Error<SubscriptionScheduleReleaseError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscription_schedules/"),
            runtime::encode_path_segment(schedule)?,
            std::borrow::Cow::Borrowed("/release"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/subscription_schedules/{schedule}/release",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::Subscriptions<'_> {
    #[cfg(feature = "subscription")]
    /// By default, returns a list of subscriptions that have not been canceled. In order to list canceled subscriptions, specify `status=canceled`.
    ///
    /// `GET /v1/subscriptions`
    pub async fn list(
        &self,
        params: &SubscriptionListParams,
    ) -> Result<
        models::SubscriptionListResponse,
        runtime::Error<SubscriptionListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &SubscriptionListParams,
    ) -> Result<
        runtime::Response<models::SubscriptionListResponse>,
        runtime::Error<SubscriptionListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/subscriptions")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "collection_method",
            &params.collection_method,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "current_period_end",
            &params.current_period_end,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "current_period_start",
            &params.current_period_start,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "customer",
            &params.customer,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "price",
            &params.price,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/subscriptions", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "subscription")]
    pub fn list_stream(
        &self,
        params: &SubscriptionListParams,
    ) -> runtime::Paginator<models::Subscription, SubscriptionListError> {
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
                        .subscriptions()
                        .list_with_response(&params)
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
    #[cfg(feature = "subscription")]
    /// Creates a new subscription on an existing customer. Each customer can have up to 500 active or scheduled subscriptions.
    ///
    /// `POST /v1/subscriptions`
    pub async fn create(
        &self,
        body: &models::SubscriptionCreateParams,
    ) -> Result<models::Subscription, runtime::Error<SubscriptionCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::SubscriptionCreateParams,
    ) -> Result<
        runtime::Response<models::Subscription>,
        runtime::Error<SubscriptionCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/subscriptions")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/subscriptions", runtime::decode_json)
            .await
    }
    #[cfg(feature = "subscription")]
    /// Retrieves the subscription with the given ID.
    ///
    /// `GET /v1/subscriptions/{subscription_exposed_id}`
    pub async fn retrieve(
        &self,
        subscription_exposed_id: &str,
        params: &SubscriptionRetrieveParams,
    ) -> Result<models::Subscription, runtime::Error<SubscriptionRetrieveError>> {
        self.retrieve_with_response(subscription_exposed_id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        subscription_exposed_id: &str,
        params: &SubscriptionRetrieveParams,
    ) -> Result<
        runtime::Response<models::Subscription>,
        runtime::Error<SubscriptionRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/subscriptions/{subscription_exposed_id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "subscription")]
    /// Updates an existing subscription on a customer to match the specified parameters. When changing plans or quantities, we will optionally prorate the price we charge next month to make up for any price changes. To preview how the proration will be calculated, use the upcoming invoice endpoint.
    ///
    /// `POST /v1/subscriptions/{subscription_exposed_id}`
    pub async fn update(
        &self,
        subscription_exposed_id: &str,
        body: Option<&models::SubscriptionUpdateParams>,
    ) -> Result<models::Subscription, runtime::Error<SubscriptionUpdateError>> {
        self.update_with_response(subscription_exposed_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        subscription_exposed_id: &str,
        body: Option<&models::SubscriptionUpdateParams>,
    ) -> Result<
        runtime::Response<models::Subscription>,
        runtime::Error<SubscriptionUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/subscriptions/{subscription_exposed_id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "subscription")]
    /// Cancels a customer’s subscription immediately. The customer will not be charged again for the subscription.
    ///
    /// Note, however, that any pending invoice items that you’ve created will still be charged for at the end of the period, unless manually deleted. If you’ve set the subscription to cancel at the end of the period, any pending prorations will also be left in place and collected at the end of the period. But if the subscription is set to cancel immediately, pending prorations will be removed.
    ///
    /// By default, upon subscription cancellation, Stripe will stop automatic collection of all finalized invoices for the customer. This is intended to prevent unexpected payment attempts after the customer has canceled a subscription. However, you can resume automatic collection of the invoices manually after subscription cancellation to have us proceed. Or, you could check for unpaid invoices before allowing the customer to cancel the subscription at all.
    ///
    /// `DELETE /v1/subscriptions/{subscription_exposed_id}`
    pub async fn delete(
        &self,
        subscription_exposed_id: &str,
        body: Option<&models::SubscriptionDeleteParams>,
    ) -> Result<models::Subscription, runtime::Error<SubscriptionDeleteError>> {
        self.delete_with_response(subscription_exposed_id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "subscription")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        subscription_exposed_id: &str,
        body: Option<&models::SubscriptionDeleteParams>,
    ) -> Result<
        runtime::Response<models::Subscription>,
        runtime::Error<SubscriptionDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/subscriptions/{subscription_exposed_id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "discount")]
    /// Removes the currently applied discount on a subscription.
    ///
    /// `DELETE /v1/subscriptions/{subscription_exposed_id}/discount`
    pub async fn delete_discount(
        &self,
        subscription_exposed_id: &str,
    ) -> Result<
        models::DeletedDiscount,
        runtime::Error<SubscriptionDeleteDiscountError>,
    > {
        self.delete_discount_with_response(subscription_exposed_id)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "discount")]
    /// Like [`delete_discount`](Self::delete_discount), with the response's status, headers and request id.
    pub async fn delete_discount_with_response(
        &self,
        subscription_exposed_id: &str,
    ) -> Result<
        runtime::Response<models::DeletedDiscount>,
        runtime::Error<SubscriptionDeleteDiscountError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/subscriptions/"),
            runtime::encode_path_segment(subscription_exposed_id)?,
            std::borrow::Cow::Borrowed("/discount"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(
                request,
                "/v1/subscriptions/{subscription_exposed_id}/discount",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::TaxCodes<'_> {
    #[cfg(feature = "tax_code")]
    /// A list of [all tax codes available](https://stripe.com/docs/tax/tax-codes) to add to Products in order to allow specific tax calculations.
    ///
    /// `GET /v1/tax_codes`
    pub async fn list(
        &self,
        params: &TaxCodeListParams,
    ) -> Result<models::TaxCodeListResponse, runtime::Error<TaxCodeListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_code")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &TaxCodeListParams,
    ) -> Result<
        runtime::Response<models::TaxCodeListResponse>,
        runtime::Error<TaxCodeListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/tax_codes")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/tax_codes", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "tax_code")]
    pub fn list_stream(
        &self,
        params: &TaxCodeListParams,
    ) -> runtime::Paginator<models::TaxCode, TaxCodeListError> {
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
                    let response = client.tax_codes().list_with_response(&params).await?;
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
    #[cfg(feature = "tax_code")]
    /// Retrieves the details of an existing tax code. Supply the unique tax code ID and Stripe will return the corresponding tax code information.
    ///
    /// `GET /v1/tax_codes/{id}`
    pub async fn retrieve(
        &self,
        id: &str,
        params: &TaxCodeRetrieveParams,
    ) -> Result<models::TaxCode, runtime::Error<TaxCodeRetrieveError>> {
        self.retrieve_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_code")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        id: &str,
        params: &TaxCodeRetrieveParams,
    ) -> Result<
        runtime::Response<models::TaxCode>,
        runtime::Error<TaxCodeRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/tax_codes/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/tax_codes/{id}", runtime::decode_json)
            .await
    }
}
impl crate::resources::TaxRates<'_> {
    #[cfg(feature = "tax_rate")]
    /// Returns a list of your tax rates. Tax rates are returned sorted by creation date, with the most recently created tax rates appearing first.
    ///
    /// `GET /v1/tax_rates`
    pub async fn list(
        &self,
        params: &TaxRateListParams,
    ) -> Result<models::TaxRateListResponse, runtime::Error<TaxRateListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_rate")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &TaxRateListParams,
    ) -> Result<
        runtime::Response<models::TaxRateListResponse>,
        runtime::Error<TaxRateListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/tax_rates")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "active",
            &params.active,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "inclusive",
            &params.inclusive,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/tax_rates", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "tax_rate")]
    pub fn list_stream(
        &self,
        params: &TaxRateListParams,
    ) -> runtime::Paginator<models::TaxRate, TaxRateListError> {
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
                    let response = client.tax_rates().list_with_response(&params).await?;
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
    #[cfg(feature = "tax_rate")]
    /// Creates a new tax rate.
    ///
    /// `POST /v1/tax_rates`
    pub async fn create(
        &self,
        body: &models::TaxRateCreateParams,
    ) -> Result<models::TaxRate, runtime::Error<TaxRateCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_rate")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::TaxRateCreateParams,
    ) -> Result<runtime::Response<models::TaxRate>, runtime::Error<TaxRateCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/tax_rates")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/tax_rates", runtime::decode_json)
            .await
    }
    #[cfg(feature = "tax_rate")]
    /// Retrieves a tax rate with the given ID
    ///
    /// `GET /v1/tax_rates/{tax_rate}`
    pub async fn retrieve(
        &self,
        tax_rate: &str,
        params: &TaxRateRetrieveParams,
    ) -> Result<models::TaxRate, runtime::Error<TaxRateRetrieveError>> {
        self.retrieve_with_response(tax_rate, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_rate")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        tax_rate: &str,
        params: &TaxRateRetrieveParams,
    ) -> Result<
        runtime::Response<models::TaxRate>,
        runtime::Error<TaxRateRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/tax_rates/"),
            runtime::encode_path_segment(tax_rate)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/tax_rates/{tax_rate}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "tax_rate")]
    /// Updates an existing tax rate.
    ///
    /// `POST /v1/tax_rates/{tax_rate}`
    pub async fn update(
        &self,
        tax_rate: &str,
        body: Option<&models::TaxRateUpdateParams>,
    ) -> Result<models::TaxRate, runtime::Error<TaxRateUpdateError>> {
        self.update_with_response(tax_rate, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "tax_rate")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        tax_rate: &str,
        body: Option<&models::TaxRateUpdateParams>,
    ) -> Result<runtime::Response<models::TaxRate>, runtime::Error<TaxRateUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/tax_rates/"),
            runtime::encode_path_segment(tax_rate)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/tax_rates/{tax_rate}", runtime::decode_json)
            .await
    }
}
impl crate::resources::TerminalConnectionTokens<'_> {
    #[cfg(feature = "terminal_connection_token")]
    /// To connect to a reader the Stripe Terminal SDK needs to retrieve a short-lived connection token from Stripe, proxied through your server. On your backend, add an endpoint that creates and returns a connection token.
    ///
    /// `POST /v1/terminal/connection_tokens`
    pub async fn create(
        &self,
        body: Option<&models::TerminalConnectionTokenCreateParams>,
    ) -> Result<
        models::TerminalConnectionToken,
        runtime::Error<TerminalConnectionTokenCreateError>,
    > {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_connection_token")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::TerminalConnectionTokenCreateParams>,
    ) -> Result<
        runtime::Response<models::TerminalConnectionToken>,
        runtime::Error<TerminalConnectionTokenCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/terminal/connection_tokens")]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/terminal/connection_tokens", runtime::decode_json)
            .await
    }
}
impl crate::resources::TerminalLocations<'_> {
    #[cfg(feature = "terminal_location")]
    /// Returns a list of `Location` objects.
    ///
    /// `GET /v1/terminal/locations`
    pub async fn list(
        &self,
        params: &TerminalLocationListParams,
    ) -> Result<
        models::TerminalLocationListResponse,
        runtime::Error<TerminalLocationListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_location")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &TerminalLocationListParams,
    ) -> Result<
        runtime::Response<models::TerminalLocationListResponse>,
        runtime::Error<TerminalLocationListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/terminal/locations")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/terminal/locations", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "terminal_location")]
    pub fn list_stream(
        &self,
        params: &TerminalLocationListParams,
    ) -> runtime::Paginator<models::TerminalLocation, TerminalLocationListError> {
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
                        .terminal()
                        .locations()
                        .list_with_response(&params)
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
    #[cfg(feature = "terminal_location")]
    /// Creates a new `Location` object.
    ///
    /// `POST /v1/terminal/locations`
    pub async fn create(
        &self,
        body: &models::TerminalLocationCreateParams,
    ) -> Result<models::TerminalLocation, runtime::Error<TerminalLocationCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_location")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::TerminalLocationCreateParams,
    ) -> Result<
        runtime::Response<models::TerminalLocation>,
        runtime::Error<TerminalLocationCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/terminal/locations")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/terminal/locations", runtime::decode_json)
            .await
    }
    #[cfg(feature = "terminal_location")]
    /// Retrieves a `Location` object.
    ///
    /// `GET /v1/terminal/locations/{location}`
    pub async fn retrieve(
        &self,
        location: &str,
        params: &TerminalLocationRetrieveParams,
    ) -> Result<
        models::TerminalLocation,
        runtime::Error<TerminalLocationRetrieveError>,
    > {
        self.retrieve_with_response(location, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_location")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        location: &str,
        params: &TerminalLocationRetrieveParams,
    ) -> Result<
        runtime::Response<models::TerminalLocation>,
        runtime::Error<TerminalLocationRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/terminal/locations/"),
            runtime::encode_path_segment(location)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/terminal/locations/{location}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "terminal_location")]
    /// Updates a `Location` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/terminal/locations/{location}`
    pub async fn update(
        &self,
        location: &str,
        body: Option<&models::TerminalLocationUpdateParams>,
    ) -> Result<models::TerminalLocation, runtime::Error<TerminalLocationUpdateError>> {
        self.update_with_response(location, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_location")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        location: &str,
        body: Option<&models::TerminalLocationUpdateParams>,
    ) -> Result<
        runtime::Response<models::TerminalLocation>,
        runtime::Error<TerminalLocationUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/terminal/locations/"),
            runtime::encode_path_segment(location)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/terminal/locations/{location}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "terminal_location")]
    /// Deletes a `Location` object.
    ///
    /// `DELETE /v1/terminal/locations/{location}`
    pub async fn delete(
        &self,
        location: &str,
    ) -> Result<
        models::DeletedTerminalLocation,
        runtime::Error<TerminalLocationDeleteError>,
    > {
        self.delete_with_response(location).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_location")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        location: &str,
    ) -> Result<
        runtime::Response<models::DeletedTerminalLocation>,
        runtime::Error<TerminalLocationDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/terminal/locations/"),
            runtime::encode_path_segment(location)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/terminal/locations/{location}", runtime::decode_json)
            .await
    }
}
impl crate::resources::TerminalReaders<'_> {
    #[cfg(feature = "terminal_reader")]
    /// Returns a list of `Reader` objects.
    ///
    /// `GET /v1/terminal/readers`
    pub async fn list(
        &self,
        params: &TerminalReaderListParams,
    ) -> Result<
        models::TerminalReaderListResponse,
        runtime::Error<TerminalReaderListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_reader")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &TerminalReaderListParams,
    ) -> Result<
        runtime::Response<models::TerminalReaderListResponse>,
        runtime::Error<TerminalReaderListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/terminal/readers")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "device_type",
            &params.device_type,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "limit",
            &params.limit,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "location",
            &params.location,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/terminal/readers", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "terminal_reader")]
    pub fn list_stream(
        &self,
        params: &TerminalReaderListParams,
    ) -> runtime::Paginator<models::TerminalReader, TerminalReaderListError> {
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
                        .terminal()
                        .readers()
                        .list_with_response(&params)
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
    #[cfg(feature = "terminal_reader")]
    /// Creates a new `Reader` object.
    ///
    /// `POST /v1/terminal/readers`
    pub async fn create(
        &self,
        body: &models::TerminalReaderCreateParams,
    ) -> Result<models::TerminalReader, runtime::Error<TerminalReaderCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_reader")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::TerminalReaderCreateParams,
    ) -> Result<
        runtime::Response<models::TerminalReader>,
        runtime::Error<TerminalReaderCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/terminal/readers")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/terminal/readers", runtime::decode_json)
            .await
    }
    #[cfg(feature = "terminal_reader")]
    /// Retrieves a `Reader` object.
    ///
    /// `GET /v1/terminal/readers/{reader}`
    pub async fn retrieve(
        &self,
        reader: &str,
        params: &TerminalReaderRetrieveParams,
    ) -> Result<models::TerminalReader, runtime::Error<TerminalReaderRetrieveError>> {
        self.retrieve_with_response(reader, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_reader")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        reader: &str,
        params: &TerminalReaderRetrieveParams,
    ) -> Result<
        runtime::Response<models::TerminalReader>,
        runtime::Error<TerminalReaderRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/terminal/readers/"),
            runtime::encode_path_segment(reader)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/terminal/readers/{reader}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "terminal_reader")]
    /// Updates a `Reader` object by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// `POST /v1/terminal/readers/{reader}`
    pub async fn update(
        &self,
        reader: &str,
        body: Option<&models::TerminalReaderUpdateParams>,
    ) -> Result<models::TerminalReader, runtime::Error<TerminalReaderUpdateError>> {
        self.update_with_response(reader, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_reader")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        reader: &str,
        body: Option<&models::TerminalReaderUpdateParams>,
    ) -> Result<
        runtime::Response<models::TerminalReader>,
        runtime::Error<TerminalReaderUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/terminal/readers/"),
            runtime::encode_path_segment(reader)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/terminal/readers/{reader}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "terminal_reader")]
    /// Deletes a `Reader` object.
    ///
    /// `DELETE /v1/terminal/readers/{reader}`
    pub async fn delete(
        &self,
        reader: &str,
    ) -> Result<
        models::DeletedTerminalReader,
        runtime::Error<TerminalReaderDeleteError>,
    > {
        self.delete_with_response(reader).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "terminal_reader")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        reader: &str,
    ) -> Result<
        runtime::Response<models::DeletedTerminalReader>,
        runtime::Error<TerminalReaderDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/terminal/readers/"),
            runtime::encode_path_segment(reader)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(request, "/v1/terminal/readers/{reader}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Tokens<'_> {
    #[cfg(feature = "token")]
    /// Creates a single-use token that represents a bank account’s details.
    /// This token can be used with any API method in place of a bank account dictionary. This token can be used only once, by attaching it to a Custom account.
    ///
    /// `POST /v1/tokens`
    pub async fn create(
        &self,
        body: Option<&models::TokenCreateParams>,
    ) -> Result<models::Token, runtime::Error<TokenCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "token")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: Option<&models::TokenCreateParams>,
    ) -> Result<runtime::Response<models::Token>, runtime::Error<TokenCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/tokens")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client.transport.execute(request, "/v1/tokens", runtime::decode_json).await
    }
    #[cfg(feature = "token")]
    /// Retrieves the token with the given ID.
    ///
    /// `GET /v1/tokens/{token}`
    pub async fn retrieve(
        &self,
        token: &str,
        params: &TokenRetrieveParams,
    ) -> Result<models::Token, runtime::Error<TokenRetrieveError>> {
        self.retrieve_with_response(token, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "token")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        token: &str,
        params: &TokenRetrieveParams,
    ) -> Result<runtime::Response<models::Token>, runtime::Error<TokenRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/tokens/"),
            runtime::encode_path_segment(token)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/tokens/{token}", runtime::decode_json)
            .await
    }
}
impl crate::resources::Topups<'_> {
    #[cfg(feature = "topup")]
    /// Returns a list of top-ups.
    ///
    /// `GET /v1/topups`
    pub async fn list(
        &self,
        params: &TopupListParams,
    ) -> Result<models::TopupListResponse, runtime::Error<TopupListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "topup")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &TopupListParams,
    ) -> Result<
        runtime::Response<models::TopupListResponse>,
        runtime::Error<TopupListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/topups")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "amount",
            &params.amount,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "status",
            &params.status,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client.transport.execute(request, "/v1/topups", runtime::decode_json).await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "topup")]
    pub fn list_stream(
        &self,
        params: &TopupListParams,
    ) -> runtime::Paginator<models::Topup, TopupListError> {
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
                    let response = client.topups().list_with_response(&params).await?;
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
    #[cfg(feature = "topup")]
    /// Top up the balance of an account
    ///
    /// `POST /v1/topups`
    pub async fn create(
        &self,
        body: &models::TopupCreateParams,
    ) -> Result<models::Topup, runtime::Error<TopupCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "topup")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::TopupCreateParams,
    ) -> Result<runtime::Response<models::Topup>, runtime::Error<TopupCreateError>> {
        let path = [std::borrow::Cow::Borrowed("/v1/topups")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client.transport.execute(request, "/v1/topups", runtime::decode_json).await
    }
    #[cfg(feature = "topup")]
    /// Retrieves the details of a top-up that has previously been created. Supply the unique top-up ID that was returned from your previous request, and Stripe will return the corresponding top-up information.
    ///
    /// `GET /v1/topups/{topup}`
    pub async fn retrieve(
        &self,
        topup: &str,
        params: &TopupRetrieveParams,
    ) -> Result<models::Topup, runtime::Error<TopupRetrieveError>> {
        self.retrieve_with_response(topup, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "topup")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        topup: &str,
        params: &TopupRetrieveParams,
    ) -> Result<runtime::Response<models::Topup>, runtime::Error<TopupRetrieveError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/topups/"),
            runtime::encode_path_segment(topup)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/topups/{topup}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "topup")]
    /// Updates the metadata of a top-up. Other top-up details are not editable by design.
    ///
    /// `POST /v1/topups/{topup}`
    pub async fn update(
        &self,
        topup: &str,
        body: Option<&models::TopupUpdateParams>,
    ) -> Result<models::Topup, runtime::Error<TopupUpdateError>> {
        self.update_with_response(topup, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "topup")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        topup: &str,
        body: Option<&models::TopupUpdateParams>,
    ) -> Result<runtime::Response<models::Topup>, runtime::Error<TopupUpdateError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/topups/"),
            runtime::encode_path_segment(topup)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/topups/{topup}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "topup")]
    /// Cancels a top-up. Only pending top-ups can be canceled.
    ///
    /// `POST /v1/topups/{topup}/cancel`
    pub async fn cancel(
        &self,
        topup: &str,
        body: Option<&models::TopupCancelParams>,
    ) -> Result<models::Topup, runtime::Error<TopupCancelError>> {
        self.cancel_with_response(topup, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "topup")]
    /// Like [`cancel`](Self::cancel), with the response's status, headers and request id.
    pub async fn cancel_with_response(
        &self,
        topup: &str,
        body: Option<&models::TopupCancelParams>,
    ) -> Result<runtime::Response<models::Topup>, runtime::Error<TopupCancelError>> {
        let path = [
            std::borrow::Cow::Borrowed("/v1/topups/"),
            runtime::encode_path_segment(topup)?,
            std::borrow::Cow::Borrowed("/cancel"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/topups/{topup}/cancel", runtime::decode_json)
            .await
    }
}
impl crate::resources::Transfers<'_> {
    #[cfg(feature = "transfer")]
    /// Returns a list of existing transfers sent to connected accounts. The transfers are returned in sorted order, with the most recently created transfers appearing first.
    ///
    /// `GET /v1/transfers`
    pub async fn list(
        &self,
        params: &TransferListParams,
    ) -> Result<models::TransferListResponse, runtime::Error<TransferListError>> {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "transfer")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &TransferListParams,
    ) -> Result<
        runtime::Response<models::TransferListResponse>,
        runtime::Error<TransferListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/transfers")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "created",
            &params.created,
            runtime::QueryStyle::DeepObject,
        )?;
        runtime::append_query(
            &mut query,
            "destination",
            &params.destination,
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
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
            "transfer_group",
            &params.transfer_group,
            runtime::QueryStyle::Form,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/transfers", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "transfer")]
    pub fn list_stream(
        &self,
        params: &TransferListParams,
    ) -> runtime::Paginator<models::Transfer, TransferListError> {
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
                    let response = client.transfers().list_with_response(&params).await?;
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
    #[cfg(feature = "transfer")]
    /// To send funds from your Stripe account to a connected account, you create a new transfer object. Your Stripe balance must be able to cover the transfer amount, or you’ll receive an “Insufficient Funds” error.
    ///
    /// `POST /v1/transfers`
    pub async fn create(
        &self,
        body: &models::TransferCreateParams,
    ) -> Result<models::Transfer, runtime::Error<TransferCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "transfer")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::TransferCreateParams,
    ) -> Result<
        runtime::Response<models::Transfer>,
        runtime::Error<TransferCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/transfers")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/transfers", runtime::decode_json)
            .await
    }
    #[cfg(feature = "transfer")]
    /// Retrieves the details of an existing transfer. Supply the unique transfer ID from either a transfer creation request or the transfer list, and Stripe will return the corresponding transfer information.
    ///
    /// `GET /v1/transfers/{transfer}`
    pub async fn retrieve(
        &self,
        transfer: &str,
        params: &TransferRetrieveParams,
    ) -> Result<models::Transfer, runtime::Error<TransferRetrieveError>> {
        self.retrieve_with_response(transfer, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "transfer")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        transfer: &str,
        params: &TransferRetrieveParams,
    ) -> Result<
        runtime::Response<models::Transfer>,
        runtime::Error<TransferRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/transfers/"),
            runtime::encode_path_segment(transfer)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/transfers/{transfer}", runtime::decode_json)
            .await
    }
    #[cfg(feature = "transfer")]
    /// Updates the specified transfer by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// This request accepts only metadata as an argument.
    ///
    /// `POST /v1/transfers/{transfer}`
    pub async fn update(
        &self,
        transfer: &str,
        body: Option<&models::TransferUpdateParams>,
    ) -> Result<models::Transfer, runtime::Error<TransferUpdateError>> {
        self.update_with_response(transfer, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "transfer")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        transfer: &str,
        body: Option<&models::TransferUpdateParams>,
    ) -> Result<
        runtime::Response<models::Transfer>,
        runtime::Error<TransferUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/transfers/"),
            runtime::encode_path_segment(transfer)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/transfers/{transfer}", runtime::decode_json)
            .await
    }
}
impl crate::resources::TransfersReversals<'_> {
    #[cfg(feature = "transfer_reversal")]
    /// You can see a list of the reversals belonging to a specific transfer. Note that the 10 most recent reversals are always available by default on the transfer object. If you need more than those 10, you can use this API method and the `limit` and `starting_after` parameters to page through additional reversals.
    ///
    /// `GET /v1/transfers/{id}/reversals`
    pub async fn list(
        &self,
        id: &str,
        params: &TransferReversalListParams,
    ) -> Result<
        models::TransferReversalListResponse,
        runtime::Error<TransferReversalListError>,
    > {
        self.list_with_response(id, params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "transfer_reversal")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        id: &str,
        params: &TransferReversalListParams,
    ) -> Result<
        runtime::Response<models::TransferReversalListResponse>,
        runtime::Error<TransferReversalListError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/transfers/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/reversals"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/transfers/{id}/reversals", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "transfer_reversal")]
    pub fn list_stream(
        &self,
        id: &str,
        params: &TransferReversalListParams,
    ) -> runtime::Paginator<models::TransferReversal, TransferReversalListError> {
        let walk = runtime::Walk::ItemId(
            if params.ending_before.is_some() {
                runtime::Direction::Backward
            } else {
                runtime::Direction::Forward
            },
        );
        let client = self.client.clone();
        let params = params.clone();
        let id = id.to_owned();
        runtime::Paginator::walking(
            walk,
            move |cursor| {
                let client = client.clone();
                let mut params = params.clone();
                let id = id.clone();
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
                        .transfers()
                        .reversals()
                        .list_with_response(&id, &params)
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
    #[cfg(feature = "transfer_reversal")]
    /// When you create a new reversal, you must specify a transfer to create it on.
    ///
    /// When reversing transfers, you can optionally reverse part of the transfer. You can do so as many times as you wish until the entire transfer has been reversed.
    ///
    /// Once entirely reversed, a transfer can’t be reversed again. This method will return an error when called on an already-reversed transfer, or when trying to reverse more money than is left on a transfer.
    ///
    /// `POST /v1/transfers/{id}/reversals`
    pub async fn create(
        &self,
        id: &str,
        body: Option<&models::TransferReversalCreateParams>,
    ) -> Result<models::TransferReversal, runtime::Error<TransferReversalCreateError>> {
        self.create_with_response(id, body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "transfer_reversal")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        id: &str,
        body: Option<&models::TransferReversalCreateParams>,
    ) -> Result<
        runtime::Response<models::TransferReversal>,
        runtime::Error<TransferReversalCreateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/transfers/"),
            runtime::encode_path_segment(id)?,
            std::borrow::Cow::Borrowed("/reversals"),
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(request, "/v1/transfers/{id}/reversals", runtime::decode_json)
            .await
    }
    #[cfg(feature = "transfer_reversal")]
    /// By default, you can see the 10 most recent reversals stored directly on the transfer object, but you can also retrieve details about a specific reversal stored on the transfer.
    ///
    /// `GET /v1/transfers/{transfer}/reversals/{id}`
    pub async fn retrieve(
        &self,
        transfer: &str,
        id: &str,
        params: &TransferReversalRetrieveParams,
    ) -> Result<
        models::TransferReversal,
        runtime::Error<TransferReversalRetrieveError>,
    > {
        self.retrieve_with_response(transfer, id, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "transfer_reversal")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        transfer: &str,
        id: &str,
        params: &TransferReversalRetrieveParams,
    ) -> Result<
        runtime::Response<models::TransferReversal>,
        runtime::Error<TransferReversalRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/transfers/"),
            runtime::encode_path_segment(transfer)?,
            std::borrow::Cow::Borrowed("/reversals/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/transfers/{transfer}/reversals/{id}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "transfer_reversal")]
    /// Updates the specified reversal by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
    ///
    /// This request only accepts metadata and description as arguments.
    ///
    /// `POST /v1/transfers/{transfer}/reversals/{id}`
    pub async fn update(
        &self,
        transfer: &str,
        id: &str,
        body: Option<&models::TransferReversalUpdateParams>,
    ) -> Result<models::TransferReversal, runtime::Error<TransferReversalUpdateError>> {
        self.update_with_response(transfer, id, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "transfer_reversal")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        transfer: &str,
        id: &str,
        body: Option<&models::TransferReversalUpdateParams>,
    ) -> Result<
        runtime::Response<models::TransferReversal>,
        runtime::Error<TransferReversalUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/transfers/"),
            runtime::encode_path_segment(transfer)?,
            std::borrow::Cow::Borrowed("/reversals/"),
            runtime::encode_path_segment(id)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/transfers/{transfer}/reversals/{id}",
                runtime::decode_json,
            )
            .await
    }
}
impl crate::resources::WebhookEndpoints<'_> {
    #[cfg(feature = "webhook_endpoint")]
    /// Returns a list of your webhook endpoints.
    ///
    /// `GET /v1/webhook_endpoints`
    pub async fn list(
        &self,
        params: &WebhookEndpointListParams,
    ) -> Result<
        models::WebhookEndpointListResponse,
        runtime::Error<WebhookEndpointListError>,
    > {
        self.list_with_response(params).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "webhook_endpoint")]
    /// Like [`list`](Self::list), with the response's status, headers and request id.
    pub async fn list_with_response(
        &self,
        params: &WebhookEndpointListParams,
    ) -> Result<
        runtime::Response<models::WebhookEndpointListResponse>,
        runtime::Error<WebhookEndpointListError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/webhook_endpoints")].concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "ending_before",
            &params.ending_before,
            runtime::QueryStyle::Form,
        )?;
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
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
        let request = request.query(&query);
        self.client
            .transport
            .execute(request, "/v1/webhook_endpoints", runtime::decode_json)
            .await
    }
    /// Every item of [`list`](Self::list), as a stream that fetches pages as
    /// they are needed (`.collect_up_to(max)` takes them all, up to a cap).
    ///
    /// Walks forward from `params.starting_after` (or the start), or backward when
    /// `params.ending_before` is set, yielding the nearest items first.
    #[cfg(feature = "webhook_endpoint")]
    pub fn list_stream(
        &self,
        params: &WebhookEndpointListParams,
    ) -> runtime::Paginator<models::WebhookEndpoint, WebhookEndpointListError> {
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
                        .webhook_endpoints()
                        .list_with_response(&params)
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
    #[cfg(feature = "webhook_endpoint")]
    /// A webhook endpoint must have a `url` and a list of `enabled_events`. You may optionally specify the Boolean `connect` parameter. If set to true, then a Connect webhook endpoint that notifies the specified `url` about events from all connected accounts is created; otherwise an account webhook endpoint that notifies the specified `url` only about events from your account is created. You can also create webhook endpoints in the [webhooks settings](https://dashboard.stripe.com/account/webhooks) section of the Dashboard.
    ///
    /// `POST /v1/webhook_endpoints`
    pub async fn create(
        &self,
        body: &models::WebhookEndpointCreateParams,
    ) -> Result<models::WebhookEndpoint, runtime::Error<WebhookEndpointCreateError>> {
        self.create_with_response(body).await.map(runtime::Response::into_value)
    }
    #[cfg(feature = "webhook_endpoint")]
    /// Like [`create`](Self::create), with the response's status, headers and request id.
    pub async fn create_with_response(
        &self,
        body: &models::WebhookEndpointCreateParams,
    ) -> Result<
        runtime::Response<models::WebhookEndpoint>,
        runtime::Error<WebhookEndpointCreateError>,
    > {
        let path = [std::borrow::Cow::Borrowed("/v1/webhook_endpoints")].concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = runtime::form_body(
            request,
            "application/x-www-form-urlencoded",
            body,
        )?;
        self.client
            .transport
            .execute(request, "/v1/webhook_endpoints", runtime::decode_json)
            .await
    }
    #[cfg(feature = "webhook_endpoint")]
    /// Retrieves the webhook endpoint with the given ID.
    ///
    /// `GET /v1/webhook_endpoints/{webhook_endpoint}`
    pub async fn retrieve(
        &self,
        webhook_endpoint: &str,
        params: &WebhookEndpointRetrieveParams,
    ) -> Result<models::WebhookEndpoint, runtime::Error<WebhookEndpointRetrieveError>> {
        self.retrieve_with_response(webhook_endpoint, params)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "webhook_endpoint")]
    /// Like [`retrieve`](Self::retrieve), with the response's status, headers and request id.
    pub async fn retrieve_with_response(
        &self,
        webhook_endpoint: &str,
        params: &WebhookEndpointRetrieveParams,
    ) -> Result<
        runtime::Response<models::WebhookEndpoint>,
        runtime::Error<WebhookEndpointRetrieveError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/webhook_endpoints/"),
            runtime::encode_path_segment(webhook_endpoint)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::GET, &path);
        let mut query = Vec::new();
        runtime::append_query(
            &mut query,
            "expand",
            &params.expand,
            runtime::QueryStyle::DeepObject,
        )?;
        let request = request.query(&query);
        self.client
            .transport
            .execute(
                request,
                "/v1/webhook_endpoints/{webhook_endpoint}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "webhook_endpoint")]
    /// Updates the webhook endpoint. You may edit the `url`, the list of `enabled_events`, and the status of your endpoint.
    ///
    /// `POST /v1/webhook_endpoints/{webhook_endpoint}`
    pub async fn update(
        &self,
        webhook_endpoint: &str,
        body: Option<&models::WebhookEndpointUpdateParams>,
    ) -> Result<models::WebhookEndpoint, runtime::Error<WebhookEndpointUpdateError>> {
        self.update_with_response(webhook_endpoint, body)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "webhook_endpoint")]
    /// Like [`update`](Self::update), with the response's status, headers and request id.
    pub async fn update_with_response(
        &self,
        webhook_endpoint: &str,
        body: Option<&models::WebhookEndpointUpdateParams>,
    ) -> Result<
        runtime::Response<models::WebhookEndpoint>,
        runtime::Error<WebhookEndpointUpdateError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/webhook_endpoints/"),
            runtime::encode_path_segment(webhook_endpoint)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::POST, &path);
        let request = match body {
            Some(body) => {
                runtime::form_body(request, "application/x-www-form-urlencoded", body)?
            }
            None => request,
        };
        self.client
            .transport
            .execute(
                request,
                "/v1/webhook_endpoints/{webhook_endpoint}",
                runtime::decode_json,
            )
            .await
    }
    #[cfg(feature = "webhook_endpoint")]
    /// You can also delete webhook endpoints via the [webhook endpoint management](https://dashboard.stripe.com/account/webhooks) page of the Stripe dashboard.
    ///
    /// `DELETE /v1/webhook_endpoints/{webhook_endpoint}`
    pub async fn delete(
        &self,
        webhook_endpoint: &str,
    ) -> Result<
        models::DeletedWebhookEndpoint,
        runtime::Error<WebhookEndpointDeleteError>,
    > {
        self.delete_with_response(webhook_endpoint)
            .await
            .map(runtime::Response::into_value)
    }
    #[cfg(feature = "webhook_endpoint")]
    /// Like [`delete`](Self::delete), with the response's status, headers and request id.
    pub async fn delete_with_response(
        &self,
        webhook_endpoint: &str,
    ) -> Result<
        runtime::Response<models::DeletedWebhookEndpoint>,
        runtime::Error<WebhookEndpointDeleteError>,
    > {
        let path = [
            std::borrow::Cow::Borrowed("/v1/webhook_endpoints/"),
            runtime::encode_path_segment(webhook_endpoint)?,
        ]
            .concat();
        let request = self.client.transport.request(reqwest::Method::DELETE, &path);
        self.client
            .transport
            .execute(
                request,
                "/v1/webhook_endpoints/{webhook_endpoint}",
                runtime::decode_json,
            )
            .await
    }
}
